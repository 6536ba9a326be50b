using System.Numerics;

namespace LayerGen;

/// <summary>
/// The vector operations the kernels are written against, implemented once per width by <see cref="Simd128{T}"/>,
/// <see cref="Simd256{T}"/> and <see cref="Simd512{T}"/>. Kernels are generic over an implementing struct, so the JIT
/// compiles one specialised copy per width and element type with every call inlined.
/// </summary>
/// <typeparam name="TVec">The vector type, e.g. <c>Vector256&lt;float&gt;</c>.</typeparam>
/// <typeparam name="T">The element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
internal interface ISimd<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Elements per vector.</summary>
    static abstract int Count { get; }

    /// <summary>0, 1, 2, … in the lanes.</summary>
    static abstract TVec Indices { get; }

    static abstract TVec Load(ref readonly T source, nuint offset);

    static abstract void Store(TVec value, ref T destination, nuint offset);

    static abstract TVec Broadcast(T value);

    static abstract TVec Add(TVec a, TVec b);

    static abstract TVec Subtract(TVec a, TVec b);

    static abstract TVec Multiply(TVec a, TVec b);

    static abstract TVec Divide(TVec a, TVec b);

    /// <summary>Lane-wise square root (correctly rounded, as <see cref="Math.Sqrt"/>).</summary>
    static abstract TVec Sqrt(TVec a);

    /// <summary><c>a·b + c</c>, fused where the hardware has FMA.</summary>
    static abstract TVec MultiplyAdd(TVec a, TVec b, TVec c);

    /// <summary>Lane-wise maximum without NaN ordering guarantees (the kernels detect NaN rows separately).</summary>
    static abstract TVec Max(TVec a, TVec b);

    /// <summary>Lane-wise maximum that returns NaN when either lane is NaN (IEEE 754:2019 maximum).</summary>
    static abstract TVec MaxPropagateNaN(TVec a, TVec b);

    static abstract TVec Abs(TVec a);

    /// <summary>All-ones lanes where <c>a &lt; b</c> (false for NaN).</summary>
    static abstract TVec LessThan(TVec a, TVec b);

    /// <summary>All-ones lanes where <paramref name="a"/> is NaN.</summary>
    static abstract TVec IsNaN(TVec a);

    /// <summary>All-ones lanes where <c>a &gt; b</c> (false for NaN).</summary>
    static abstract TVec GreaterThan(TVec a, TVec b);

    /// <summary>Lanes of <paramref name="ifTrue"/> where <paramref name="mask"/> is set, else of <paramref name="ifFalse"/>.</summary>
    static abstract TVec Select(TVec mask, TVec ifTrue, TVec ifFalse);

    /// <summary>Bitwise OR, e.g. to copy a sign bit.</summary>
    static abstract TVec Or(TVec a, TVec b);

    /// <summary>Bitwise AND.</summary>
    static abstract TVec And(TVec a, TVec b);

    /// <summary>Sum of the lanes.</summary>
    static abstract T Sum(TVec value);

    /// <summary>Maximum of the lanes; NaN if any lane is NaN.</summary>
    static abstract T MaxAcross(TVec value);

    /// <summary>
    /// <c>p · 2ⁿ</c> where <paramref name="roundedWithShifter"/> holds <c>n + shifter</c> (the integer n sits in the low mantissa bits):
    /// n is moved into the exponent field and added to the bits of <paramref name="p"/>.
    /// </summary>
    static abstract TVec ScaleByPowerOfTwo(TVec p, TVec roundedWithShifter);
}
