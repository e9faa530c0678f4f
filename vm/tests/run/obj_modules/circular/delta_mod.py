from gamma_mod import G
D = "delta"
