using System.Numerics;
using System.Runtime.CompilerServices;

namespace LayerGen;

/// <summary>Element-wise math on any <see cref="ISimd{TVec, T}"/> width.</summary>
internal static class VectorMath
{
    /// <summary>
    /// e^x lane-wise: range reduction <c>x = n·ln2 + r</c> with |r| ≤ ln2/2, a polynomial for e^r, then the integer n is added to the
    /// exponent bits. Within 1–2 ulp of the correctly rounded result for normal outputs. −∞ and results below the smallest normal
    /// number give 0 (no subnormals), +∞ and overflow give +∞, NaN gives NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Exp<TVec, T, TSimd>(TVec x)
        where TVec : struct
        where T : unmanaged, IFloatingPointIeee754<T>
        where TSimd : ISimd<TVec, T>
    {
        TVec scaled = typeof(T) == typeof(float) ? ExpFloatCore<TVec, T, TSimd>(x) : ExpDoubleCore<TVec, T, TSimd>(x);

        // Out-of-range lanes: the bit arithmetic above is only valid for normal results.
        T low = typeof(T) == typeof(float) ? T.CreateTruncating(-87.33654f) : T.CreateTruncating(-708.3964185322641);
        T high = typeof(T) == typeof(float) ? T.CreateTruncating(88.72283f) : T.CreateTruncating(709.782712893384);
        scaled = TSimd.Select(TSimd.LessThan(x, TSimd.Broadcast(low)), TSimd.Broadcast(T.Zero), scaled);
        scaled = TSimd.Select(TSimd.GreaterThan(x, TSimd.Broadcast(high)), TSimd.Broadcast(T.PositiveInfinity), scaled);
        return TSimd.Select(TSimd.IsNaN(x), x, scaled);
    }

    /// <summary>
    /// e^x for lanes known to be ≤ 0 or −∞ and not NaN (softmax's <c>x − max</c>): only the underflow to 0 is handled,
    /// which saves the overflow and NaN selects of <see cref="Exp{TVec, T, TSimd}"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec ExpNonPositive<TVec, T, TSimd>(TVec x)
        where TVec : struct
        where T : unmanaged, IFloatingPointIeee754<T>
        where TSimd : ISimd<TVec, T>
    {
        TVec scaled = typeof(T) == typeof(float) ? ExpFloatCore<TVec, T, TSimd>(x) : ExpDoubleCore<TVec, T, TSimd>(x);
        T low = typeof(T) == typeof(float) ? T.CreateTruncating(-87.33654f) : T.CreateTruncating(-708.3964185322641);
        return TSimd.Select(TSimd.LessThan(x, TSimd.Broadcast(low)), TSimd.Broadcast(T.Zero), scaled);
    }

    /// <summary>Float core (Cephes expf constants): n = round(x·log₂e), r = x − n·ln2 in two parts, e^r by a degree-7 polynomial.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ExpFloatCore<TVec, T, TSimd>(TVec x)
        where TVec : struct
        where T : unmanaged, IFloatingPointIeee754<T>
        where TSimd : ISimd<TVec, T>
    {
        // Adding 1.5·2²³ rounds x·log₂e to an integer held in the low mantissa bits.
        TVec shifter = TSimd.Broadcast(T.CreateTruncating(12582912f));
        TVec withShifter = TSimd.MultiplyAdd(x, TSimd.Broadcast(T.CreateTruncating(1.44269504088896341f)), shifter);
        TVec n = TSimd.Subtract(withShifter, shifter);

        // ln2 = 0.693359375 − 2.12194440e-4: the first part has 9 significant bits, so n·part is exact.
        TVec r = TSimd.MultiplyAdd(n, TSimd.Broadcast(T.CreateTruncating(-0.693359375f)), x);
        r = TSimd.MultiplyAdd(n, TSimd.Broadcast(T.CreateTruncating(2.12194440e-4f)), r);

        TVec p = TSimd.Broadcast(T.CreateTruncating(1.9875691500e-4f));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.3981999507e-3f)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(8.3334519073e-3f)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(4.1665795894e-2f)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.6666665459e-1f)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(5.0000001201e-1f)));
        TVec er = TSimd.Add(TSimd.MultiplyAdd(p, TSimd.Multiply(r, r), r), TSimd.Broadcast(T.One)); // 1 + r + r²·p(r)
        return TSimd.ScaleByPowerOfTwo(er, withShifter);
    }

    /// <summary>Double core: n = round(x·log₂e), r = x − n·ln2 (fdlibm split), e^r by its Taylor series to degree 13 (|r| ≤ 0.35: error below 1e-17).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ExpDoubleCore<TVec, T, TSimd>(TVec x)
        where TVec : struct
        where T : unmanaged, IFloatingPointIeee754<T>
        where TSimd : ISimd<TVec, T>
    {
        TVec shifter = TSimd.Broadcast(T.CreateTruncating(6755399441055744.0)); // 1.5·2⁵²
        TVec withShifter = TSimd.MultiplyAdd(x, TSimd.Broadcast(T.CreateTruncating(1.4426950408889634)), shifter);
        TVec n = TSimd.Subtract(withShifter, shifter);

        TVec r = TSimd.MultiplyAdd(n, TSimd.Broadcast(T.CreateTruncating(-6.93147180369123816490e-01)), x);
        r = TSimd.MultiplyAdd(n, TSimd.Broadcast(T.CreateTruncating(-1.90821492927058770002e-10)), r);

        TVec p = TSimd.Broadcast(T.CreateTruncating(1.0 / 6227020800.0)); // 1/13!
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 479001600.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 39916800.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 3628800.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 362880.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 40320.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 5040.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 720.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 120.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 24.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(1.0 / 6.0)));
        p = TSimd.MultiplyAdd(p, r, TSimd.Broadcast(T.CreateTruncating(0.5)));
        TVec er = TSimd.Add(TSimd.MultiplyAdd(p, TSimd.Multiply(r, r), r), TSimd.Broadcast(T.One)); // 1 + r + r²·p(r)
        return TSimd.ScaleByPowerOfTwo(er, withShifter);
    }
}
