class Cat:
    sound = "meow"
    def speak(self):
        return "Cat says " + self.sound
class Dog:
    sound = "woof"
    def speak(self):
        return "Dog says " + self.sound

pet = Cat()
pet.name = "rex"
print(pet.speak(), type(pet).__name__, pet.__class__.__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog), isinstance(pet, Cat))
print(pet.name, vars(pet))
try:
    pet.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)

def speak_all(items):
    return [x.speak() for x in items]
a, b = Cat(), Cat()
print(speak_all([a, b]))
b.__class__ = Dog
print(speak_all([a, b]))
b.__class__ = Cat
print(speak_all([a, b]))
