// Idiom: System.Numerics.Vector<float> over a row reinterpreted with MemoryMarshal.Cast<float, Vector<float>>,
// Vector.Max lane fold merged over Vector<float>.Count, scalar tail; Vector.Exp of the shifted blocks, Vector.Sum.
// Use: portable SIMD (hardware-width Vector<T>) softmax for a jagged batch.
// Layout: jagged float[batch][classes], output written into a preallocated jagged array.
// Correct.
// Our own code.
using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace HeldOut72.VectorT_JaggedRowsCast;

public static class PortableSoftmax
{
    public static void Rows(float[][] logits, float[][] probabilities)
    {
        for (int n = 0; n < logits.Length; n++)
        {
            Span<float> row = logits[n];
            Span<float> dst = probabilities[n];
            Span<Vector<float>> blocks = MemoryMarshal.Cast<float, Vector<float>>(row);
            Span<Vector<float>> outBlocks = MemoryMarshal.Cast<float, Vector<float>>(dst);
            int tail = blocks.Length * Vector<float>.Count;

            var hi = new Vector<float>(float.NegativeInfinity);
            foreach (Vector<float> block in blocks)
            {
                hi = Vector.Max(hi, block);
            }

            float max = float.NegativeInfinity;
            for (int l = 0; l < Vector<float>.Count; l++)
            {
                max = Math.Max(max, hi[l]);
            }

            for (int j = tail; j < row.Length; j++)
            {
                max = Math.Max(max, row[j]);
            }

            var shift = new Vector<float>(max);
            var acc = Vector<float>.Zero;
            for (int k = 0; k < blocks.Length; k++)
            {
                outBlocks[k] = Vector.Exp(blocks[k] - shift);
                acc += outBlocks[k];
            }

            float sum = Vector.Sum(acc);
            for (int j = tail; j < row.Length; j++)
            {
                dst[j] = MathF.Exp(row[j] - max);
                sum += dst[j];
            }

            for (int j = 0; j < dst.Length; j++)
            {
                dst[j] /= sum;
            }
        }
    }
}
