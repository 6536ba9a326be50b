// Bug variants: softmax weights over rows of tuples or positional records, read through deconstruction — in a
// foreach (`foreach (var (id, score) in row)`), in a declaration (`var (score, label) = row[k]`), or through a tuple
// member — and exponentiated raw: exp(score) overflows above ~88 (float) / ~709 (double), exp(−d / T) underflows to
// 0 / 0 once every distance exceeds ~87 T. LG0003 at each exp.
// Source: kNN-LM neighbour weights (Khandelwal et al. 2020, urvashik/knnlm), retrieval rerankers that keep
// (docId, score) pairs, label-smoothing code over (label, logit) lists.
// Layouts: (int Id, double Score)[][] jagged with the score second; ReadOnlySpan<(float Score, int Label)> with a
// declaration deconstruction; List<Neighbour> of a positional record struct; IReadOnlyList<(float, int)[]> read as
// pair.Item1 through a tuple local.
using System;
using System.Collections.Generic;

namespace Recreations.TupleRowsRawScores;

public readonly record struct Neighbour(float Distance, int Token);

public static class RawScores
{
    public static void JaggedScoreSecond((int Id, double Score)[][] hits, double[][] weights)
    {
        for (int q = 0; q < hits.Length; q++)
        {
            double total = 0.0;
            int k = 0;
            foreach (var (_, score) in hits[q])
            {
                weights[q][k] = Math.Exp(score); //~ LG0003
                total += weights[q][k];
                k++;
            }

            for (k = 0; k < weights[q].Length; k++)
                weights[q][k] /= total;
        }
    }

    public static void SpanDeclarationDeconstruction(ReadOnlySpan<(float Score, int Label)> row, Span<float> probabilities)
    {
        float sum = 0f;
        for (int k = 0; k < row.Length; k++)
        {
            var (score, label) = row[k];
            probabilities[k] = label >= 0 ? MathF.Exp(score) : 0f; //~ LG0003
            sum += probabilities[k];
        }

        for (int k = 0; k < row.Length; k++)
            probabilities[k] /= sum;
    }

    public static float[] RecordStructNeighbours(List<Neighbour> neighbours, float temperature)
    {
        var weights = new float[neighbours.Count];
        float sum = 0f;
        int k = 0;
        foreach (var (distance, _) in neighbours)
        {
            weights[k] = MathF.Exp(-distance / temperature); //~ LG0003
            sum += weights[k++];
        }

        for (k = 0; k < weights.Length; k++)
            weights[k] /= sum;
        return weights;
    }

    public static void TupleLocalMember(IReadOnlyList<(float, int)[]> rows, float[][] weights)
    {
        for (int q = 0; q < rows.Count; q++)
        {
            float sum = 0f;
            for (int k = 0; k < rows[q].Length; k++)
            {
                var pair = rows[q][k];
                weights[q][k] = MathF.Exp(pair.Item1); //~ LG0003
                sum += weights[q][k];
            }

            for (int k = 0; k < rows[q].Length; k++)
                weights[q][k] /= sum;
        }
    }
}
