using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

/// <summary>
/// Unweighted label cross-entropy rows on one vector width (rows at least one vector wide): vector max and exp-sum,
/// then the gradient <c>scale·(softmax − (1 − ε)·onehot − ε/C)</c> written as <c>α·exp(z − max) + β</c> in one pass.
/// Rows with a non-finite max go to the scalar <see cref="CrossEntropyRows"/>.
/// </summary>
internal static class CrossEntropyVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    /// <summary>The row loss; writes the scaled gradient into <paramref name="gradient"/> unless it is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static T LabelRow(ReadOnlySpan<T> logits, int label, T smoothing, Span<T> gradient, T scale)
    {
        ref T z = ref MemoryMarshal.GetReference(logits);
        int n = logits.Length;
        T max = SoftmaxVector<TVec, T, TSimd>.Max(in z, n);
        if (!T.IsFinite(max))
        {
            RowStats<T> stats = RowStats<T>.Of(logits);
            return CrossEntropyRows.Label(logits, stats, label, default, smoothing, T.CreateTruncating(n), gradient, scale);
        }

        T sum = SoftmaxVector<TVec, T, TSimd>.ExpSum(in z, ref Unsafe.NullRef<T>(), n, max, store: false);
        T logSum = T.Log(sum);
        T onehotCoefficient = T.One - smoothing;
        T smoothCoefficient = smoothing / T.CreateTruncating(n);

        // −log p_c = logSum + (max − z_c) ≥ 0, summed without cancellation.
        T loss = onehotCoefficient == T.Zero ? T.Zero : onehotCoefficient * (logSum + (max - logits[label]));
        if (smoothCoefficient != T.Zero)
        {
            T distances = T.Zero;
            foreach (T v in logits)
            {
                distances += max - v;
            }

            loss += smoothCoefficient * (T.CreateTruncating(n) * logSum + distances);
        }

        if (!gradient.IsEmpty)
        {
            WriteGradient(in z, ref MemoryMarshal.GetReference(gradient), n, max, scale / sum, -scale * smoothCoefficient);
            gradient[label] -= scale * onehotCoefficient;
        }

        return loss;
    }

    /// <summary>g = α·exp(z − max) + β over n ≥ Count entries; the overlapping tail is read first because g may alias z.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteGradient(ref readonly T z, ref T g, int n, T max, T alpha, T beta)
    {
        int count = TSimd.Count;
        TVec shift = TSimd.Broadcast(max);
        TVec a = TSimd.Broadcast(alpha);
        TVec b = TSimd.Broadcast(beta);
        TVec tail = TSimd.Load(in z, (nuint)(n - count));
        int i = 0;
        for (; i <= n - count; i += count)
        {
            TVec e = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(TSimd.Load(in z, (nuint)i), shift));
            TSimd.Store(TSimd.MultiplyAdd(e, a, b), ref g, (nuint)i);
        }

        if (i < n)
        {
            TVec e = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(tail, shift));
            TSimd.Store(TSimd.MultiplyAdd(e, a, b), ref g, (nuint)(n - count));
        }
    }
}
