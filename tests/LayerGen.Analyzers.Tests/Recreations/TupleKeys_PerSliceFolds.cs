// Correct twins of TupleKeys_WholeTableFolds: the same tuple-keyed tables with the max and the sum of each slice
// (one query's keys, one target word's sources, one state's actions) reset per slice.
// Source: IBM Model 1 (nltk `IBMModel1`), tabular Boltzmann policies, sparse attention scores.
// Layouts: Dictionary<(int, int), float>; IReadOnlyDictionary<(string, string), double>; Dictionary<(int, int), double>.
using System;
using System.Collections.Generic;

namespace Recreations.TupleKeysPerSliceFolds;

public static class PerSliceFolds
{
    public static float[,] SparseAttention(Dictionary<(int Query, int Key), float> scores, int queries, int keys)
    {
        var weights = new float[queries, keys];
        for (int q = 0; q < queries; q++)
        {
            float m = float.NegativeInfinity;
            for (int k = 0; k < keys; k++)
                m = MathF.Max(m, scores[(q, k)]);
            float total = 0f;
            for (int k = 0; k < keys; k++)
            {
                weights[q, k] = MathF.Exp(scores[(q, k)] - m);
                total += weights[q, k];
            }

            for (int k = 0; k < keys; k++)
                weights[q, k] /= total;
        }

        return weights;
    }

    public static double[][] LexicalPosterior(IReadOnlyDictionary<(string, string), double> logT, string[] target, string[] source)
    {
        var posterior = new double[target.Length][];
        for (int i = 0; i < target.Length; i++)
        {
            double best = double.NegativeInfinity;
            for (int j = 0; j < source.Length; j++)
                best = Math.Max(best, logT[(target[i], source[j])]);
            posterior[i] = new double[source.Length];
            double z = 0.0;
            for (int j = 0; j < source.Length; j++)
            {
                posterior[i][j] = Math.Exp(logT[(target[i], source[j])] - best);
                z += posterior[i][j];
            }

            for (int j = 0; j < source.Length; j++)
                posterior[i][j] /= z;
        }

        return posterior;
    }

    public static void BoltzmannQTableInPlace(Dictionary<(int State, int Action), double> q, int states, int actions, double temperature)
    {
        for (int s = 0; s < states; s++)
        {
            double top = double.NegativeInfinity;
            for (int a = 0; a < actions; a++)
                top = Math.Max(top, q[(s, a)] / temperature);
            double z = 0.0;
            for (int a = 0; a < actions; a++)
            {
                q[(s, a)] = Math.Exp(q[(s, a)] / temperature - top);
                z += q[(s, a)];
            }

            for (int a = 0; a < actions; a++)
                q[(s, a)] /= z;
        }
    }
}
