// Correct twins of IndirectIndex_WholeBufferShift: each maximum runs over the same elements the slice's exps reach
// through the lookup table, spelled differently from the exps where it can be: the paged cache's maximum walks the
// sequence's blocks and the slots in each while the exps walk positions; the CSR maximum folds the neighbours by a
// `while` loop; the candidate maximum uses LINQ over the query's candidates; the named field's maximum reads a span of
// the field. Also a softmax per row over a permutation of its columns, whose maximum walks the row unpermuted (the
// permutation table is not picked per row: it names positions within each row).
// Source: vLLM PagedAttention decode (Kwon et al. 2023), GAT edge softmax (Velickovic et al. 2018; PyG `softmax`),
// sampled-softmax candidates (Jean et al. 2015), a name → offset field buffer, column-permuted logits.
// Layouts: as in IndirectIndex_WholeBufferShift; plus float[] [rows · cols] with an int[] column permutation. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.IndirectIndexSliceShift;

public static class IndirectSoftmax
{
    public static float[][] PagedCache(float[] cache, int blockSize, List<int[]> tables, int[] lengths)
    {
        var result = new float[lengths.Length][];
        for (int s = 0; s < lengths.Length; s++)
        {
            int[] table = tables[s];
            int length = lengths[s];
            float peak = float.NegativeInfinity;
            for (int b = 0; b * blockSize < length; b++)
            {
                int block = table[b];
                for (int o = 0; o < blockSize && b * blockSize + o < length; o++)
                {
                    peak = MathF.Max(peak, cache[block * blockSize + o]);
                }
            }

            var p = new float[length];
            float z = 0f;
            for (int t = 0; t < length; t++)
            {
                int physical = table[t / blockSize];
                p[t] = MathF.Exp(cache[physical * blockSize + t % blockSize] - peak);
                z += p[t];
            }

            for (int t = 0; t < length; t++) p[t] /= z;
            result[s] = p;
        }

        return result;
    }

    public static void NeighbourAttention(double[] score, int[] rowPtr, int[] colIdx, double[] alpha)
    {
        for (int node = 0; node + 1 < rowPtr.Length; node++)
        {
            double top = double.NegativeInfinity;
            int e = rowPtr[node];
            while (e < rowPtr[node + 1])
            {
                top = Math.Max(top, score[colIdx[e]]);
                e++;
            }

            double z = 0.0;
            for (int k = rowPtr[node]; k < rowPtr[node + 1]; k++)
            {
                alpha[k] = Math.Exp(score[colIdx[k]] - top);
                z += alpha[k];
            }

            for (int k = rowPtr[node]; k < rowPtr[node + 1]; k++) alpha[k] /= z;
        }
    }

    public static float[] CandidateLists(float[] logits, int[] candidates, int k)
    {
        int queries = candidates.Length / k;
        var p = new float[candidates.Length];
        for (int q = 0; q < queries; q++)
        {
            float top = Enumerable.Range(0, k).Max(j => logits[candidates[q * k + j]]);
            float z = 0f;
            for (int j = 0; j < k; j++)
            {
                p[q * k + j] = MathF.Exp(logits[candidates[q * k + j]] - top);
                z += p[q * k + j];
            }

            for (int j = 0; j < k; j++) p[q * k + j] /= z;
        }

        return p;
    }

    public static void NamedFields(float[] buffer, Dictionary<string, int> offsets, string[] fields, int width, float[] probs)
    {
        foreach (string field in fields)
        {
            int o = offsets[field];
            ReadOnlySpan<float> values = buffer.AsSpan(o, width);
            float top = float.NegativeInfinity;
            foreach (float v in values) top = MathF.Max(top, v);
            float z = 0f;
            for (int j = 0; j < width; j++)
            {
                probs[o + j] = MathF.Exp(buffer[o + j] - top);
                z += probs[o + j];
            }

            for (int j = 0; j < width; j++) probs[o + j] /= z;
        }
    }

    public static void PermutedColumns(float[] x, int rows, int cols, int[] perm, float[] y)
    {
        for (int r = 0; r < rows; r++)
        {
            float top = float.NegativeInfinity;
            for (int c = 0; c < cols; c++) top = MathF.Max(top, x[r * cols + c]);
            float z = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = MathF.Exp(x[r * cols + perm[j]] - top);
                z += y[r * cols + j];
            }

            for (int j = 0; j < cols; j++) y[r * cols + j] /= z;
        }
    }
}
