// Bug variants: softmaxes over elements reached through an index read from a lookup table, shifted by one maximum over
// the whole buffer the table points into. The table picks a subset per slice (one sequence's KV blocks, one node's
// neighbours, one query's candidates, one named field), so the buffer-wide maximum spans elements the slice never
// reads: a slice far below it underflows to 0/0 (LG0001).
// Source: vLLM PagedAttention decode (Kwon et al. 2023; `paged_attention_v1`: block tables into a physical KV cache),
// GAT edge softmax over CSR neighbours (Velickovic et al. 2018; PyG `softmax(src, index)`), sampled-softmax candidate
// lists (Jean et al. 2015), and a struct-of-fields buffer addressed by a name → offset dictionary — re-created in
// layouts the HeldOut14 PagedAttention miss did not use.
// Layouts: flat float[] KV blocks behind a List<int[]> of tables (block walk written `table[t / bs] * bs + t % bs`
// inline); double[] node scores with int[] rowPtr/colIdx (CSR); float[] logits with a flat int[] of candidates
// [queries · k]; float[] fields with a Dictionary<string, int> of offsets.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.IndirectIndexWholeBufferShift;

public static class IndirectSoftmax
{
    public static float[][] PagedCache(float[] cache, int blockSize, List<int[]> tables, int[] lengths)
    {
        float peak = float.NegativeInfinity;
        foreach (float v in cache)
        {
            peak = MathF.Max(peak, v); //~ LG0001
        }

        var result = new float[lengths.Length][];
        for (int s = 0; s < lengths.Length; s++)
        {
            var p = new float[lengths[s]];
            float z = 0f;
            for (int t = 0; t < p.Length; t++)
            {
                p[t] = MathF.Exp(cache[tables[s][t / blockSize] * blockSize + t % blockSize] - peak);
                z += p[t];
            }

            for (int t = 0; t < p.Length; t++) p[t] /= z;
            result[s] = p;
        }

        return result;
    }

    public static void NeighbourAttention(double[] score, int[] rowPtr, int[] colIdx, double[] alpha)
    {
        double top = score.Max(); //~ LG0001
        for (int node = 0; node + 1 < rowPtr.Length; node++)
        {
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
        float top = float.NegativeInfinity;
        for (int v = 0; v < logits.Length; v++)
        {
            if (logits[v] > top) top = logits[v]; //~ LG0001
        }

        var p = new float[candidates.Length];
        for (int q = 0; q < queries; q++)
        {
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
        float top = buffer.Max(); //~ LG0001
        foreach (string field in fields)
        {
            int o = offsets[field];
            float z = 0f;
            for (int j = 0; j < width; j++)
            {
                probs[o + j] = MathF.Exp(buffer[o + j] - top);
                z += probs[o + j];
            }

            for (int j = 0; j < width; j++) probs[o + j] /= z;
        }
    }
}
