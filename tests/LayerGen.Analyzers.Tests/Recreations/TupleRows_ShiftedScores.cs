// Correct twins of TupleRows_RawScores: the same tuple and record rows, deconstructed the same ways, shifted by the
// slice's own maximum (of the scores, or the minimum distance for exp(−d / T)), or by a per-row maximum carried in
// the tuple itself.
// Source: kNN-LM (nearest distance as the shift), rerankers with a stable softmax, rows stored with their maximum.
// Layouts: (int Id, double Score)[][] with a deconstructing max loop; ReadOnlySpan<(float Score, int Label)> with the
// max folded from deconstructed elements; List<Neighbour> with the minimum distance; (float Max, float[] Scores)[]
// rows whose maximum travels with them.
using System;
using System.Collections.Generic;

namespace Recreations.TupleRowsShiftedScores;

public readonly record struct Neighbour(float Distance, int Token);

public static class ShiftedScores
{
    public static void JaggedScoreSecond((int Id, double Score)[][] hits, double[][] weights)
    {
        for (int q = 0; q < hits.Length; q++)
        {
            double best = double.NegativeInfinity;
            foreach (var (_, score) in hits[q])
                best = Math.Max(best, score);

            double total = 0.0;
            int k = 0;
            foreach (var (_, score) in hits[q])
            {
                weights[q][k] = Math.Exp(score - best);
                total += weights[q][k];
                k++;
            }

            for (k = 0; k < weights[q].Length; k++)
                weights[q][k] /= total;
        }
    }

    public static void SpanDeclarationDeconstruction(ReadOnlySpan<(float Score, int Label)> row, Span<float> probabilities)
    {
        float top = float.NegativeInfinity;
        for (int k = 0; k < row.Length; k++)
        {
            var (score, _) = row[k];
            if (score > top) top = score;
        }

        float sum = 0f;
        for (int k = 0; k < row.Length; k++)
        {
            var (score, _) = row[k];
            probabilities[k] = MathF.Exp(score - top);
            sum += probabilities[k];
        }

        for (int k = 0; k < row.Length; k++)
            probabilities[k] /= sum;
    }

    public static float[] RecordStructNeighbours(List<Neighbour> neighbours, float temperature)
    {
        float nearest = float.PositiveInfinity;
        foreach (var (distance, _) in neighbours)
            nearest = MathF.Min(nearest, distance);

        var weights = new float[neighbours.Count];
        float sum = 0f;
        int k = 0;
        foreach (var (distance, _) in neighbours)
        {
            weights[k] = MathF.Exp(-(distance - nearest) / temperature);
            sum += weights[k++];
        }

        for (k = 0; k < weights.Length; k++)
            weights[k] /= sum;
        return weights;
    }

    public static void RowsCarryTheirMaximum((float Max, float[] Scores)[] rows, float[][] probabilities)
    {
        for (int r = 0; r < rows.Length; r++)
        {
            var (max, scores) = rows[r];
            float sum = 0f;
            for (int k = 0; k < scores.Length; k++)
            {
                probabilities[r][k] = MathF.Exp(scores[k] - max);
                sum += probabilities[r][k];
            }

            for (int k = 0; k < scores.Length; k++)
                probabilities[r][k] /= sum;
        }
    }
}
