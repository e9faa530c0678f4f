class Animal:
    registry = []
    def __init__(self, name):
        self.name = name
        Animal.registry.append(name)
    def speak(self):
        return "%s says %s" % (self.name, self.sound())
    def sound(self):
        return "..."

class Dog(Animal):
    def sound(self):
        return "woof"

def make(kind, name):
    return {"dog": Dog}.get(kind, Animal)(name)
