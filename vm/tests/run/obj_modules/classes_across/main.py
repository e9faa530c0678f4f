import animals_mod
from animals_mod import Animal, Dog

class Cat(Animal):
    def sound(self):
        return "meow"

pets = [Dog("rex"), Cat("tom"), animals_mod.make("dog", "fido"), animals_mod.make("x", "thing")]
for p in pets:
    print(p.speak(), type(p).__module__, type(p).__name__)
print(Animal.registry)
print(Dog, Cat, Dog.__qualname__)
print(isinstance(pets[1], animals_mod.Animal), issubclass(Cat, animals_mod.Animal))
print([k.__module__ for k in Cat.__mro__])
animals_mod.Dog.sound = lambda self: "WOOF"
print(pets[0].speak(), pets[2].speak())
saved = animals_mod.Animal
animals_mod.Animal = None
try:
    animals_mod.make("dog", "z")
except AttributeError as e:
    print("AttributeError:", e)
animals_mod.Animal = saved
print(animals_mod.make("dog", "z").speak(), len(Animal.registry))
