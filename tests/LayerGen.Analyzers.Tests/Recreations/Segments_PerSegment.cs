// Correct twins of Segments_WiderThanSegment: the maximum and the sum both per segment (scatter max and scatter sum
// keyed by the same key), or both over a CSR range offsets[v]..offsets[v + 1], or over a ragged row of lengths[r]. Correct.
// Layout: one flat value per element; the segment of element e is key[e], a member of an edge record, a dictionary key,
// or a CSR/ragged range.
using System;
using System.Collections.Generic;

namespace Recreations.SegmentsPerSegment;

public readonly record struct Edge(int Source, int Target, float Score);

public static class SegmentSoftmax
{
    public static void TokensBySentence(float[] logits, int[] sentenceOf, int sentences, float[] p)
    {
        var m = new float[sentences];
        Array.Fill(m, float.NegativeInfinity);
        for (int t = 0; t < logits.Length; t++)
        {
            m[sentenceOf[t]] = MathF.Max(m[sentenceOf[t]], logits[t]);
        }

        var z = new float[sentences];
        for (int t = 0; t < logits.Length; t++)
        {
            int s = sentenceOf[t];
            p[t] = MathF.Exp(logits[t] - m[s]);
            z[s] += p[t];
        }

        for (int t = 0; t < logits.Length; t++)
        {
            p[t] /= z[sentenceOf[t]];
        }
    }

    public static double[] RecordEdgesDictionary(Edge[] edges)
    {
        var top = new Dictionary<int, double>();
        foreach (var edge in edges)
        {
            if (!top.ContainsKey(edge.Target)) top[edge.Target] = double.NegativeInfinity;
            top[edge.Target] = Math.Max(top[edge.Target], edge.Score);
        }

        var denominators = new Dictionary<int, double>();
        var w = new double[edges.Length];
        for (int e = 0; e < edges.Length; e++)
        {
            int node = edges[e].Target;
            w[e] = Math.Exp(edges[e].Score - top[node]);
            if (!denominators.ContainsKey(node)) denominators[node] = 0.0;
            denominators[node] += w[e];
        }

        for (int e = 0; e < edges.Length; e++)
        {
            w[e] /= denominators[edges[e].Target];
        }

        return w;
    }

    // CSR: node v's edges are offsets[v] .. offsets[v + 1]; max and sum over that range.
    public static void CsrRanges(double[] score, int[] offsets, double[] alpha)
    {
        for (int v = 0; v + 1 < offsets.Length; v++)
        {
            double peak = double.NegativeInfinity;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) peak = Math.Max(peak, score[e]);
            double sum = 0.0;
            for (int e = offsets[v]; e < offsets[v + 1]; e++)
            {
                alpha[e] = Math.Exp(score[e] - peak);
                sum += alpha[e];
            }

            for (int e = offsets[v]; e < offsets[v + 1]; e++) alpha[e] /= sum;
        }
    }

    // Ragged rows packed back to back: row r has lengths[r] entries starting at o.
    public static void RaggedRows(float[] x, int[] lengths, float[] y)
    {
        int o = 0;
        for (int r = 0; r < lengths.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < lengths[r]; j++) m = MathF.Max(m, x[o + j]);
            float s = 0f;
            for (int j = 0; j < lengths[r]; j++)
            {
                y[o + j] = MathF.Exp(x[o + j] - m);
                s += y[o + j];
            }

            for (int j = 0; j < lengths[r]; j++) y[o + j] /= s;
            o += lengths[r];
        }
    }
}
