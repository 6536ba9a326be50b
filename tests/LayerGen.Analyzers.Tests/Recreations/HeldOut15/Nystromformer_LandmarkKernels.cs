// HeldOut15 — Nystromformer_LandmarkKernels
// Source: Nyströmformer (Xiong et al. 2021; mlpen/Nystromformer `NystromAttention`): three softmax
// kernels F = softmax(Q K̃ᵀ), A = softmax(Q̃ K̃ᵀ), B = softmax(Q̃ Kᵀ) with segment-mean landmarks.
// Layout: generic math T : IFloatingPointIeee754<T>; each kernel a flat Span<T> with a padded
// leading dimension ld ≥ cols (row r at r·ld); softmax over the cols of every row, in place.
// Correct: every row subtracts its own maximum; the padding between cols and ld is never read.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut15;

public static class Nystromformer_LandmarkKernels
{
    /// <summary>Row softmax of a [rows, cols] kernel stored with leading dimension ld, in place.</summary>
    public static void KernelSoftmax<T>(Span<T> kernel, int rows, int cols, int ld) where T : IFloatingPointIeee754<T>
    {
        for (int r = 0; r < rows; r++)
        {
            Span<T> row = kernel.Slice(r * ld, cols);
            T m = T.NegativeInfinity;
            foreach (T v in row) m = T.Max(m, v);
            T z = T.Zero;
            for (int j = 0; j < cols; j++)
            {
                row[j] = T.Exp(row[j] - m);
                z += row[j];
            }
            T inv = T.One / z;
            for (int j = 0; j < cols; j++) row[j] *= inv;
        }
    }

    /// <summary>Segment-mean landmarks of a [n, d] matrix (n divisible by m).</summary>
    public static T[] Landmarks<T>(ReadOnlySpan<T> x, int n, int d, int m) where T : IFloatingPointIeee754<T>
    {
        var result = new T[m * d];
        int seg = n / m;
        T scale = T.One / T.CreateChecked(seg);
        for (int l = 0; l < m; l++)
            for (int s = 0; s < seg; s++)
                for (int c = 0; c < d; c++)
                    result[l * d + c] += x[(l * seg + s) * d + c] * scale;
        return result;
    }

    /// <summary>Scaled dot products of a [rows, d] and a [cols, d] matrix into a kernel with leading dimension ld.</summary>
    public static T[] Scores<T>(ReadOnlySpan<T> a, int rows, ReadOnlySpan<T> b, int cols, int d, int ld) where T : IFloatingPointIeee754<T>
    {
        var k = new T[rows * ld];
        T scale = T.One / T.Sqrt(T.CreateChecked(d));
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
            {
                T s = T.Zero;
                for (int c = 0; c < d; c++) s += a[i * d + c] * b[j * d + c];
                k[i * ld + j] = s * scale;
            }
        return k;
    }
}
