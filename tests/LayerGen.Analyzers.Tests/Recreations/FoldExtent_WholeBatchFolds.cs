// Bug variants: a max or a normaliser whose extent is written through LINQ, a foreach element or a while-walked
// segment, so that it folds every slice of the batch while the softmax is taken per slice (LG0001: a slice far below
// the batch maximum underflows to 0 / 0; LG0002: each slice sums to its share of the batch total).
// Source: the shapes of HeldOut11's Awac_MaxOverReplaySample, AsrNbest_MaxOverAllUtterances,
// BoltzmannSelection_PopulationNormaliser, KaldiHybrid_UtteranceNormaliser and RagSequence_PartitionOverQueries
// (AWAC/CRR advantage weights, N-best posteriors, island GA selection, hybrid DNN-HMM posteriors, RAG retrieval
// posteriors), written anew with other LINQ shapes and containers.
// Layout: List<float[]> minibatches with an Aggregate over SelectMany; jagged double[][] rows with a max of row maxima
// through Enumerable.Range; float[][][] with nested SelectMany; List<double[]> exps with Sum(r => r.Sum());
// List<float[]> rows by foreach; IReadOnlyList<ArraySegment<float>> segments by foreach; ReadOnlyMemory<double>[]
// rows read through .Span; flat double[] CSR segments walked by do/while.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.FoldExtentWholeBatchFolds;

public static class WholeBatchFolds
{
    public static float[][] AggregateOverEveryMinibatch(List<float[]> minibatches, float beta)
    {
        float peak = minibatches.SelectMany(batch => batch).Aggregate(float.MinValue, (m, v) => MathF.Max(m, v / beta)); //~ LG0001
        var weights = new float[minibatches.Count][];
        for (int m = 0; m < minibatches.Count; m++)
        {
            float[] batch = minibatches[m];
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

    public static double[][] MaxOfRowMaximaByRange(double[][] scores)
    {
        double best = Enumerable.Range(0, scores.Length).Max(u => scores[u].Max()); //~ LG0001
        var posterior = new double[scores.Length][];
        for (int u = 0; u < scores.Length; u++)
        {
            posterior[u] = scores[u].Select(s => Math.Exp(s - best)).ToArray();
            double total = posterior[u].Sum();
            for (int h = 0; h < posterior[u].Length; h++)
                posterior[u][h] /= total;
        }

        return posterior;
    }

    public static void NestedSelectManyMax(float[][][] logits)
    {
        float top = logits.SelectMany(sequence => sequence.SelectMany(step => step)).Max(); //~ LG0001
        foreach (float[][] sequence in logits)
        {
            foreach (float[] step in sequence)
            {
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

    public static List<double[]> SumOfRowSums(List<double[]> logits)
    {
        var exps = new List<double[]>();
        foreach (double[] row in logits)
        {
            double peak = row.Max();
            exps.Add(row.Select(v => Math.Exp(v - peak)).ToArray());
        }

        double z = exps.Sum(r => r.Sum()); //~ LG0002
        foreach (double[] e in exps)
            for (int j = 0; j < e.Length; j++)
                e[j] /= z;
        return exps;
    }

    public static void ListRowsByForeach(List<float[]> rows)
    {
        float normaliser = 0f;
        foreach (float[] row in rows)
        {
            float peak = float.NegativeInfinity;
            foreach (float v in row)
                peak = MathF.Max(peak, v);
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j] - peak);
                normaliser += row[j]; //~ LG0002
            }
        }

        foreach (float[] row in rows)
            for (int j = 0; j < row.Length; j++)
                row[j] /= normaliser;
    }

    public static void SegmentsByForeach(IReadOnlyList<ArraySegment<float>> segments)
    {
        float mass = 0f;
        foreach (ArraySegment<float> segment in segments)
        {
            float peak = segment.Max();
            for (int i = 0; i < segment.Count; i++)
            {
                segment[i] = MathF.Exp(segment[i] - peak);
                mass += segment[i]; //~ LG0002
            }
        }

        foreach (ArraySegment<float> segment in segments)
            for (int i = 0; i < segment.Count; i++)
                segment[i] /= mass;
    }

    public static double[][] MemoryRowsThroughSpan(ReadOnlyMemory<double>[] rows)
    {
        var result = new double[rows.Length][];
        double partition = 0.0;
        for (int r = 0; r < rows.Length; r++)
        {
            ReadOnlySpan<double> row = rows[r].Span;
            double peak = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
                peak = Math.Max(peak, row[j]);
            result[r] = new double[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                result[r][j] = Math.Exp(row[j] - peak);
                partition += result[r][j]; //~ LG0002
            }
        }

        foreach (double[] p in result)
            for (int j = 0; j < p.Length; j++)
                p[j] /= partition;
        return result;
    }

    public static void DoWhileSegments(double[] fitness, int[] segmentStart, double[] probability)
    {
        double total = 0.0;
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
            i = segmentStart[s];
            do
            {
                probability[i] = Math.Exp(fitness[i] - fittest);
                total += probability[i]; //~ LG0002
                i++;
            }
            while (i < end);
            s++;
        }
        while (s + 1 < segmentStart.Length);
        for (int i = 0; i < probability.Length; i++)
            probability[i] /= total;
    }
}
