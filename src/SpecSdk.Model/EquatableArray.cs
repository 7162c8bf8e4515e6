using System;
using System.Collections;
using System.Collections.Generic;

namespace SpecSdk.Model
{
    /// <summary>
    /// An immutable array compared by its elements, so records that hold lists keep value equality.
    /// The default value is an empty array.
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? items;

        /// <summary>Wraps <paramref name="items"/>; the caller must not change the array afterwards.</summary>
        public EquatableArray(T[] items)
        {
            this.items = items;
        }

        /// <summary>An array with no elements.</summary>
        public static EquatableArray<T> Empty => default;

        /// <summary>The number of elements.</summary>
        public int Count => items?.Length ?? 0;

        /// <summary>True when there are no elements.</summary>
        public bool IsEmpty => Count == 0;

        /// <summary>The element at <paramref name="index"/>.</summary>
        public T this[int index] => (items ?? Array.Empty<T>())[index];

        /// <summary>Wraps an array.</summary>
        public static implicit operator EquatableArray<T>(T[] items) => new EquatableArray<T>(items);

        /// <summary>Compares element by element.</summary>
        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        /// <summary>Compares element by element.</summary>
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(EquatableArray<T> other)
        {
            var a = items ?? Array.Empty<T>();
            var b = other.items ?? Array.Empty<T>();
            if (a.Length != b.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = 17;
                foreach (var item in items ?? Array.Empty<T>())
                {
                    hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
                }

                return hash;
            }
        }

        /// <summary>Enumerates the elements.</summary>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => (items ?? Array.Empty<T>()).GetEnumerator();
    }
}
