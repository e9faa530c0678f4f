# Format specs nest two levels deep in 3.11, not three.
print("not reached")
w = 5
print(f'{1:{w}}')
print(f'{1:{w:{w}}}')
