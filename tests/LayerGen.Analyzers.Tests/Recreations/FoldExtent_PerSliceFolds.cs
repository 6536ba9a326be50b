// Correct twins of FoldExtent_WholeBatchFolds: the same containers and LINQ, foreach and while shapes, each max and
// normaliser folding one slice (reset inside the slice's loop, or a LINQ fold over the slice itself), and a
// whole-batch maximum that is only reported (never subtracted before an exp). Must stay silent.
// Source: the correct HeldOut11 twins (Awac_MinibatchAdvantageWeights, AsrNbest_SentencePosteriors,
// BoltzmannSelection_IslandCsr, KaldiHybrid_PosteriorsOverPriors, RagSequence_DocumentPosterior), written anew.
// Layout: as in FoldExtent_WholeBatchFolds.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.FoldExtentPerSliceFolds;

public static class PerSliceFolds
{
    public static float[][] AggregatePerMinibatch(List<float[]> minibatches, float beta, out float batchPeak)
    {
        // Reported for monitoring only: never part of an exponent.
        batchPeak = minibatches.SelectMany(batch => batch).Aggregate(float.MinValue, (m, v) => MathF.Max(m, v / beta));
        var weights = new float[minibatches.Count][];
        for (int m = 0; m < minibatches.Count; m++)
        {
            float[] batch = minibatches[m];
            float peak = batch.Aggregate(float.MinValue, (acc, v) => MathF.Max(acc, v / beta));
            var w = new float[batch.Length];
            float total = 0f;
            for (int b = 0; b < batch.Length; b++)
            {
                w[b] = MathF.Exp(batch[b] / beta - peak);
                total += w[b];
            }

            for (int b = 0; b < batch.Length; b++)
                w[b] /= total;
            weights[m] = w;
        }

        return weights;
    }

    public static double[][] RowMaximumByRange(double[][] scores)
    {
        var posterior = new double[scores.Length][];
        for (int u = 0; u < scores.Length; u++)
        {
            double best = Enumerable.Range(0, scores[u].Length).Max(h => scores[u][h]);
            posterior[u] = scores[u].Select(s => Math.Exp(s - best)).ToArray();
            double total = posterior[u].Sum();
            for (int h = 0; h < posterior[u].Length; h++)
                posterior[u][h] /= total;
        }

        return posterior;
    }

    public static void NestedStepMax(float[][][] logits)
    {
        foreach (float[][] sequence in logits)
        {
            foreach (float[] step in sequence)
            {
                float top = step.Max();
                float sum = 0f;
                for (int k = 0; k < step.Length; k++)
                {
                    step[k] = MathF.Exp(step[k] - top);
                    sum += step[k];
                }

                for (int k = 0; k < step.Length; k++)
                    step[k] /= sum;
            }
        }
    }

    public static List<double[]> RowSums(List<double[]> logits)
    {
        var exps = new List<double[]>();
        foreach (double[] row in logits)
        {
            double peak = row.Max();
            exps.Add(row.Select(v => Math.Exp(v - peak)).ToArray());
        }

        foreach (double[] e in exps)
        {
            double z = e.Sum();
            for (int j = 0; j < e.Length; j++)
                e[j] /= z;
        }

        return exps;
    }

    public static void ListRowsByForeach(List<float[]> rows)
    {
        foreach (float[] row in rows)
        {
            float peak = float.NegativeInfinity;
            foreach (float v in row)
                peak = MathF.Max(peak, v);
            float normaliser = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j] - peak);
                normaliser += row[j];
            }

            for (int j = 0; j < row.Length; j++)
                row[j] /= normaliser;
        }
    }

    public static void SegmentsByForeach(IReadOnlyList<ArraySegment<float>> segments)
    {
        foreach (ArraySegment<float> segment in segments)
        {
            float peak = segment.Max();
            float mass = 0f;
            for (int i = 0; i < segment.Count; i++)
            {
                segment[i] = MathF.Exp(segment[i] - peak);
                mass += segment[i];
            }

            for (int i = 0; i < segment.Count; i++)
                segment[i] /= mass;
        }
    }

    public static double[][] MemoryRowsThroughSpan(ReadOnlyMemory<double>[] rows)
    {
        var result = new double[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            ReadOnlySpan<double> row = rows[r].Span;
            double peak = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
                peak = Math.Max(peak, row[j]);
            result[r] = new double[row.Length];
            double partition = 0.0;
            for (int j = 0; j < row.Length; j++)
            {
                result[r][j] = Math.Exp(row[j] - peak);
                partition += result[r][j];
            }

            for (int j = 0; j < row.Length; j++)
                result[r][j] /= partition;
        }

        return result;
    }

    public static void DoWhileSegments(double[] fitness, int[] segmentStart, double[] probability)
    {
        int s = 0;
        do
        {
            int end = segmentStart[s + 1];
            int i = segmentStart[s];
            double fittest = fitness[i];
            do
            {
                fittest = Math.Max(fittest, fitness[i]);
                i++;
            }
            while (i < end);
            double total = 0.0;
            i = segmentStart[s];
            do
            {
                probability[i] = Math.Exp(fitness[i] - fittest);
                total += probability[i];
                i++;
            }
            while (i < end);
            i = segmentStart[s];
            do
            {
                probability[i] /= total;
                i++;
            }
            while (i < end);
            s++;
        }
        while (s + 1 < segmentStart.Length);
    }
}
