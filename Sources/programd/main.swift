import Hummingbird
import Mustache

print("programd")
