# -*- coding: utf-8 -*-
s = 'naïve € 😀'
print(s, len(s))
