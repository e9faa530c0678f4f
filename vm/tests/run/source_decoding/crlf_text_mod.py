doc = '''one
two'''
