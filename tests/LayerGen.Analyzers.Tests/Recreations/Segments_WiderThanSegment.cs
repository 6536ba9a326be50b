// Bug variants: softmax over data-dependent segments (a graph's edges grouped by destination node, tokens grouped by
// sentence id, scores grouped by label) where the maximum or the sum runs over every element instead of one segment.
// Source: scatter-style edge softmax over COO edge lists (GAT/"edge softmax" loops in C# GNN code: exp, per-node
// scatter-add denominators, divide), CSR neighbourhoods (offsets[v]..offsets[v + 1]) and ragged rows by lengths[] —
// the shape of HeldOut6's GnnEdgeSoftmaxGlobalEdgeMax, written anew with other keys and layouts.
// Layout: one flat value per element; the segment of element e is key[e], a member of an edge record, a dictionary key,
// or a CSR/ragged range.
using System;
using System.Collections.Generic;

namespace Recreations.SegmentsWider;

public readonly record struct Edge(int Source, int Target, float Score);

public static class SegmentSoftmax
{
    // LG0001: scatter denominator per sentence id, but the shift is one maximum over all tokens.
    public static void TokensBySentence(float[] logits, int[] sentenceOf, int sentences, float[] p)
    {
        float m = float.NegativeInfinity;
        for (int t = 0; t < logits.Length; t++)
        {
            m = MathF.Max(m, logits[t]); //~ LG0001
        }

        var z = new float[sentences];
        for (int t = 0; t < logits.Length; t++)
        {
            int s = sentenceOf[t];
            p[t] = MathF.Exp(logits[t] - m);
            z[s] += p[t];
        }

        for (int t = 0; t < logits.Length; t++)
        {
            p[t] /= z[sentenceOf[t]];
        }
    }

    // LG0001: edges as records, the denominator keyed by edge.Target in a dictionary; the maximum is over every edge.
    public static double[] RecordEdgesDictionary(Edge[] edges)
    {
        double top = double.MinValue;
        foreach (var edge in edges)
        {
            if (edge.Score > top) top = edge.Score; //~ LG0001
        }

        var denominators = new Dictionary<int, double>();
        var w = new double[edges.Length];
        for (int e = 0; e < edges.Length; e++)
        {
            int node = edges[e].Target;
            w[e] = Math.Exp(edges[e].Score - top);
            if (!denominators.ContainsKey(node)) denominators[node] = 0.0;
            denominators[node] += w[e];
        }

        for (int e = 0; e < edges.Length; e++)
        {
            w[e] /= denominators[edges[e].Target];
        }

        return w;
    }

    // LG0002: the maximum is kept per destination (scatter max), but one sum runs over every edge.
    public static void ScatterMaxFlatSum(double[] score, int[] dst, int nodes, double[] alpha)
    {
        var peak = new double[nodes];
        Array.Fill(peak, double.NegativeInfinity);
        for (int e = 0; e < score.Length; e++)
        {
            peak[dst[e]] = Math.Max(peak[dst[e]], score[e]);
        }

        double sum = 0.0;
        for (int e = 0; e < score.Length; e++)
        {
            alpha[e] = Math.Exp(score[e] - peak[dst[e]]);
            sum += alpha[e]; //~ LG0002
        }

        for (int e = 0; e < score.Length; e++)
        {
            alpha[e] /= sum;
        }
    }

    // LG0001: CSR neighbourhoods offsets[v] .. offsets[v + 1] normalised per node, shifted by one maximum over all edges.
    public static void CsrGlobalMax(double[] score, int[] offsets, double[] alpha)
    {
        double peak = double.NegativeInfinity;
        for (int e = 0; e < score.Length; e++) peak = Math.Max(peak, score[e]); //~ LG0001
        for (int v = 0; v + 1 < offsets.Length; v++)
        {
            double sum = 0.0;
            for (int e = offsets[v]; e < offsets[v + 1]; e++)
            {
                alpha[e] = Math.Exp(score[e] - peak);
                sum += alpha[e];
            }

            for (int e = offsets[v]; e < offsets[v + 1]; e++) alpha[e] /= sum;
        }
    }

    // LG0001: ragged rows packed back to back by lengths[r], shifted by the maximum of the whole buffer.
    public static void RaggedGlobalMax(float[] x, int[] lengths, float[] y)
    {
        float m = float.NegativeInfinity;
        foreach (float v in x) m = MathF.Max(m, v); //~ LG0001
        int o = 0;
        for (int r = 0; r < lengths.Length; r++)
        {
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
