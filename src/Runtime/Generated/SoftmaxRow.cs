using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LayerGen.Generated;

/// <summary>
/// The size-independent parts of the fixed-size softmax kernels LayerGen generates: the cold path of rows whose maximum
/// is NaN or infinite, exp on a <see cref="Vector256{T}"/> of <c>x − max</c> values, and the maximum across lanes.
/// Called by generated code; not meant for user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SoftmaxRow
{
    /// <summary>
    /// Softmax of a row whose maximum is NaN or infinite: all NaN when <paramref name="max"/> is NaN; otherwise the
    /// <c>+∞</c> entries share the mass equally, and a row of only <c>-∞</c> gives zeros.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="x">The row.</param>
    /// <param name="y">Receives the probabilities; at least as long as <paramref name="x"/>; may be <paramref name="x"/>.</param>
    /// <param name="max">The row maximum (NaN when the row holds a NaN).</param>
    public static void NonFinite<T>(ReadOnlySpan<T> x, Span<T> y, T max)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (T.IsNaN(max))
        {
            y[..x.Length].Fill(T.NaN);
            return;
        }

        // The maximum is -∞ only when every entry is -∞: no entry has any mass.
        // Otherwise the maximum is +∞ and the +∞ entries share the mass equally.
        int infinite = CountPositiveInfinities(x);
        T share = infinite == 0 ? T.Zero : T.One / T.CreateTruncating(infinite);
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = T.IsPositiveInfinity(x[j]) ? share : T.Zero;
        }
    }

    /// <summary>
    /// Cross-entropy and gradient of a row whose maximum is NaN or infinite: NaN for a NaN row; <c>log k</c> when the
    /// target is one of <c>k</c> tied <c>+∞</c> logits; <c>+∞</c> when the target has probability 0.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="x">The row of logits.</param>
    /// <param name="label">The target class.</param>
    /// <param name="dx">Receives <c>(softmax(x) − onehot(label)) · invRows</c>, or empty for no gradient; may be <paramref name="x"/>.</param>
    /// <param name="invRows">The gradient scale, 1 / rows.</param>
    /// <param name="max">The row maximum.</param>
    /// <returns>The row's loss.</returns>
    public static T LossNonFinite<T>(ReadOnlySpan<T> x, int label, Span<T> dx, T invRows, T max)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T target = x[label];
        int infinite = CountPositiveInfinities(x);
        T loss = T.IsNaN(max) ? T.NaN : T.IsPositiveInfinity(target) ? T.Log(T.CreateTruncating(infinite)) : T.PositiveInfinity;
        if (!dx.IsEmpty)
        {
            NonFinite(x, dx, max);
            for (int j = 0; j < x.Length; j++)
            {
                dx[j] *= invRows;
            }

            dx[label] -= invRows;
        }

        return loss;
    }

    /// <summary>
    /// exp(x) per lane for x ≤ 0 (softmax's x − max), within about 2 ulp; 0 below -87.34 (including -∞), where the result
    /// would be subnormal. x = n·ln 2 + r with |r| ≤ ln 2 / 2, exp(r) by a degree-7 polynomial (Cephes expf), 2ⁿ added
    /// to the exponent bits. Cheaper than <see cref="Vector256.Exp(Vector256{float})"/>, which computes float in double.
    /// </summary>
    /// <param name="x">Lanes ≤ 0, or -∞; not NaN.</param>
    /// <returns>exp(x) per lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x)
    {
        // n = round(x·log₂e): adding 1.5·2²³ leaves the rounded integer in the low mantissa bits.
        Vector256<float> shifter = Vector256.Create(12582912f);
        Vector256<float> withShifter = Vector256.MultiplyAddEstimate(x, Vector256.Create(1.44269504f), shifter);
        Vector256<float> n = withShifter - shifter;

        // r = x − n·ln 2, with ln 2 split in two so that the first product is exact.
        Vector256<float> r = Vector256.MultiplyAddEstimate(n, Vector256.Create(-0.693359375f), x);
        r = Vector256.MultiplyAddEstimate(n, Vector256.Create(2.12194440e-4f), r);

        // exp(r) = 1 + r + r²·p(r).
        Vector256<float> p = Vector256.Create(1.9875691500e-4f);
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.3981999507e-3f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(8.3334519073e-3f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(4.1665795894e-2f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.6666665459e-1f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(5.0000001201e-1f));
        p = Vector256.MultiplyAddEstimate(p, r * r, r) + Vector256.Create(1f);

        // 2ⁿ: the low bits of withShifter hold n; shifted into the exponent field they multiply p by 2ⁿ.
        Vector256<float> scaled = Vector256.AsSingle(Vector256.AsInt32(p) + Vector256.ShiftLeft(Vector256.AsInt32(withShifter), 23));
        return Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256.Create(-87.33654f)), Vector256<float>.Zero, scaled);
    }

    /// <summary>
    /// <see cref="Exp(Vector256{float})"/> on <see cref="Vector512{T}"/> lanes: the library's exp of non-positive lanes, the
    /// same constants and operations lane for lane, so the same results bit for bit (checked by the runtime tests).
    /// </summary>
    /// <param name="x">Lanes ≤ 0, or -∞; not NaN.</param>
    /// <returns>exp(x) per lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Exp(Vector512<float> x) => VectorMath.ExpNonPositive<Vector512<float>, float, Simd512<float>>(x);

    /// <summary>exp(x) per lane (<see cref="Vector256.Exp(Vector256{double})"/>), for the double kernels.</summary>
    /// <param name="x">Lanes ≤ 0, or -∞; not NaN.</param>
    /// <returns>exp(x) per lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x) => Vector256.Exp(x);

    /// <summary>exp(x) per lane (<see cref="Vector512.Exp(Vector512{double})"/>), for the double kernels.</summary>
    /// <param name="x">Lanes ≤ 0, or -∞; not NaN.</param>
    /// <returns>exp(x) per lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x) => Vector512.Exp(x);

    /// <summary>The maximum of the lanes, in every lane: pairwise maxima with swapped halves, quarters and eighths.</summary>
    /// <param name="maxes">Lane-wise maxima.</param>
    /// <returns>The maximum of <paramref name="maxes"/> broadcast to every lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> MaxAcrossLanes(Vector256<float> maxes)
    {
        maxes = Vector256.Max(maxes, Vector256.Shuffle(maxes, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
        maxes = Vector256.Max(maxes, Vector256.Shuffle(maxes, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
        return Vector256.Max(maxes, Vector256.Shuffle(maxes, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
    }

    /// <inheritdoc cref="MaxAcrossLanes(Vector256{float})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MaxAcrossLanes(Vector256<double> maxes)
    {
        maxes = Vector256.Max(maxes, Vector256.Shuffle(maxes, Vector256.Create(2L, 3L, 0L, 1L)));
        return Vector256.Max(maxes, Vector256.Shuffle(maxes, Vector256.Create(1L, 0L, 3L, 2L)));
    }

    private static int CountPositiveInfinities<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        int infinite = 0;
        for (int j = 0; j < x.Length; j++)
        {
            infinite += T.IsPositiveInfinity(x[j]) ? 1 : 0;
        }

        return infinite;
    }
}
