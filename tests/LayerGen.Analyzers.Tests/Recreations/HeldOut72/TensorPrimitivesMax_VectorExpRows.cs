// Idiom: TensorPrimitives.Max per row for the shift, then a hand-written Vector256<double> loop of Vector256.Exp with a
// scalar tail and Vector256.Sum, normalised by TensorPrimitives.Divide.
// Use: per-sample class probabilities in a double-precision evaluator.
// Layout: flat double[batch * classes], row-major, rows as spans.
// Correct.
// Our own code.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.TensorPrimitivesMax_VectorExpRows;

public static class MixedRows
{
    public static void Softmax(double[] logits, double[] probs, int classes)
    {
        int batch = logits.Length / classes;
        for (int b = 0; b < batch; b++)
        {
            ReadOnlySpan<double> row = logits.AsSpan(b * classes, classes);
            Span<double> outRow = probs.AsSpan(b * classes, classes);
            double max = TensorPrimitives.Max(row);

            ref double src = ref MemoryMarshal.GetReference(row);
            ref double dst = ref MemoryMarshal.GetReference(outRow);
            Vector256<double> shift = Vector256.Create(max);
            Vector256<double> acc = Vector256<double>.Zero;
            int j = 0;
            for (; j + Vector256<double>.Count <= classes; j += Vector256<double>.Count)
            {
                Vector256<double> e = Vector256.Exp(Vector256.LoadUnsafe(ref src, (nuint)j) - shift);
                e.StoreUnsafe(ref dst, (nuint)j);
                acc += e;
            }

            double sum = Vector256.Sum(acc);
            for (; j < classes; j++)
            {
                outRow[j] = Math.Exp(row[j] - max);
                sum += outRow[j];
            }

            TensorPrimitives.Divide(outRow, sum, outRow);
        }
    }
}
