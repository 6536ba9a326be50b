using System.Numerics;
using System.Runtime.Intrinsics;

namespace LayerGen;

/// <summary>
/// Row loops of <see cref="CrossEntropy"/>. Arguments are already validated. Unweighted label rows run on
/// <see cref="CrossEntropyVector{TVec, T, TSimd}"/>; weighted rows and probability targets use the scalar <see cref="CrossEntropyRows"/>.
/// </summary>
internal static class CrossEntropyKernels
{
    public static T Labels<T>(
        ReadOnlySpan<T> logits, ReadOnlySpan<int> labels, Span<T> dLogits, Span<T> rowLosses, int cols, CrossEntropyOptions options, T scale, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<double> weights = options.ClassWeights.Span;
        T smoothing = T.CreateTruncating(options.LabelSmoothing);
        T weightSum = WeightSum<T>(weights, cols);
        SimdPath width = Gemm.Width<T>(path, cols); // widest vector that fits in a row
        double total = 0; // accumulated in double: a float sum over 10^5 rows would lose digits

        for (int i = 0; i < labels.Length; i++)
        {
            ReadOnlySpan<T> row = logits.Slice(i * cols, cols);
            Span<T> gradient = dLogits.IsEmpty ? default : dLogits.Slice(i * cols, cols);
            T loss = T.Zero;
            if (labels[i] == options.IgnoreIndex)
            {
                gradient.Clear();
            }
            else if (weights.IsEmpty && width != SimdPath.Scalar)
            {
                loss = width switch
                {
                    SimdPath.Vector512 => CrossEntropyVector<Vector512<T>, T, Simd512<T>>.LabelRow(row, labels[i], smoothing, gradient, scale),
                    SimdPath.Vector256 => CrossEntropyVector<Vector256<T>, T, Simd256<T>>.LabelRow(row, labels[i], smoothing, gradient, scale),
                    _ => CrossEntropyVector<Vector128<T>, T, Simd128<T>>.LabelRow(row, labels[i], smoothing, gradient, scale),
                };
            }
            else
            {
                loss = CrossEntropyRows.Label(row, RowStats<T>.Of(row), labels[i], weights, smoothing, weightSum, gradient, scale);
            }

            if (!rowLosses.IsEmpty)
            {
                rowLosses[i] = loss;
            }

            total += double.CreateTruncating(loss);
        }

        return T.CreateTruncating(total * double.CreateTruncating(scale));
    }

    public static T Targets<T>(
        ReadOnlySpan<T> logits, ReadOnlySpan<T> targets, Span<T> dLogits, Span<T> rowLosses, int cols, CrossEntropyOptions options, T scale, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<double> weights = options.ClassWeights.Span;
        T smoothing = T.CreateTruncating(options.LabelSmoothing);
        int rows = logits.Length / cols;
        double total = 0;

        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<T> row = logits.Slice(i * cols, cols);
            Span<T> gradient = dLogits.IsEmpty ? default : dLogits.Slice(i * cols, cols);
            T loss = CrossEntropyRows.Target(row, RowStats<T>.Of(row), targets.Slice(i * cols, cols), weights, smoothing, gradient, scale);
            if (!rowLosses.IsEmpty)
            {
                rowLosses[i] = loss;
            }

            total += double.CreateTruncating(loss);
        }

        return T.CreateTruncating(total * double.CreateTruncating(scale));
    }

    private static T WeightSum<T>(ReadOnlySpan<double> weights, int cols)
        where T : IFloatingPointIeee754<T>
    {
        if (weights.IsEmpty)
        {
            return T.CreateTruncating(cols);
        }

        T sum = T.Zero;
        foreach (double w in weights)
        {
            sum += T.CreateTruncating(w);
        }

        return sum;
    }
}
