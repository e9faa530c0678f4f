# coding: ascii
print('plain ascii', 42)
