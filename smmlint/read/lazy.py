"""``cached_property`` without a lock, for analyses computed once per object.

On Python 3.11 and older, ``functools.cached_property`` takes one lock per attribute that
every instance shares: while one thread computes ``Post.words`` for a 65,536-character
draft, every other thread's ``Post.words`` waits for it, whatever the draft. Two threads
racing on one instance here may both compute the value (it is pure), and one result wins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class cached_property(Generic[T]):  # a drop-in for functools.cached_property
    """A read-only attribute computed on first access and stored in the instance's dict."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value
