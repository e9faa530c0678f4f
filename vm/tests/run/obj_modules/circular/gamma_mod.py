from delta_mod import D
G = "gamma"
