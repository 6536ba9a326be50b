// Bug variants: scores kept in a dictionary keyed by a tuple of positions or words ((i, j), (target, source),
// (state, action)), softmax over the second element for each first element, with the max or the sum folded over both
// elements of the key: over the whole table instead of one slice. LG0002 at the sum, LG0001 at the max.
// Source: IBM Model 1 E-step with a (target, source) lexical table (Brown et al. 1993; nltk `IBMModel1`), tabular
// Boltzmann policies over a Q-table keyed by (state, action) (Sutton & Barto §13), sparse attention scores stored as
// a Dictionary<(int, int), float> of (query, key) pairs.
// Layouts: Dictionary<(int Query, int Key), float> with a float[,] output; IReadOnlyDictionary<(string, string),
// double> read by word pairs; Dictionary<(int State, int Action), double> written in place.
using System;
using System.Collections.Generic;

namespace Recreations.TupleKeysWholeTableFolds;

public static class WholeTableFolds
{
    public static float[,] SparseAttentionTotal(Dictionary<(int Query, int Key), float> scores, int queries, int keys)
    {
        var weights = new float[queries, keys];
        float total = 0f;
        for (int q = 0; q < queries; q++)
        {
            float m = float.NegativeInfinity;
            for (int k = 0; k < keys; k++)
                m = MathF.Max(m, scores[(q, k)]);
            for (int k = 0; k < keys; k++)
            {
                weights[q, k] = MathF.Exp(scores[(q, k)] - m);
                total += weights[q, k]; //~ LG0002
            }
        }

        for (int q = 0; q < queries; q++)
            for (int k = 0; k < keys; k++)
                weights[q, k] /= total;
        return weights;
    }

    public static double[][] LexicalMaxOverSentence(IReadOnlyDictionary<(string, string), double> logT, string[] target, string[] source)
    {
        double best = double.NegativeInfinity;
        for (int i = 0; i < target.Length; i++)
            for (int j = 0; j < source.Length; j++)
                best = Math.Max(best, logT[(target[i], source[j])]); //~ LG0001

        var posterior = new double[target.Length][];
        for (int i = 0; i < target.Length; i++)
        {
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
            for (int a = 0; a < actions; a++)
                q[(s, a)] = Math.Exp(q[(s, a)] / temperature - top);
        }

        double z = 0.0;
        for (int s = 0; s < states; s++)
            for (int a = 0; a < actions; a++)
                z += q[(s, a)]; //~ LG0002
        for (int s = 0; s < states; s++)
            for (int a = 0; a < actions; a++)
                q[(s, a)] /= z;
    }
}
