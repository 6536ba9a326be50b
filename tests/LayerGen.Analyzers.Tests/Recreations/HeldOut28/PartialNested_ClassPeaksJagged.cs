// HeldOut28. Idiom: a partial Recommender class split in one file, a nested ScoreHead class holding a reference to its
// owner and reading the owner's private peaks array (reused between calls).
// Use: next-item recommendation probabilities per user. Layout: jagged float[users][items].
// Bug LG0004: the head folds one peak per item across all users (peaks[k] over every row) and sums per user.
using System;

namespace LayerGen.HeldOut28.PartialNested_ClassPeaksJagged;

/// <summary>State of the recommender.</summary>
public sealed partial class Recommender
{
    private readonly int _items;
    private readonly float[] _peaks;

    public Recommender(int items)
    {
        _items = items;
        _peaks = new float[items];
        Head = new ScoreHead(this);
    }

    private ScoreHead Head { get; }
}

/// <summary>The probability head.</summary>
public sealed partial class Recommender
{
    public float[][] Recommend(float[][] scores) => Head.Probabilities(scores);

    private sealed class ScoreHead(Recommender owner)
    {
        public float[][] Probabilities(float[][] scores)
        {
            Array.Fill(owner._peaks, float.NegativeInfinity);
            foreach (var user in scores)
            {
                for (var k = 0; k < owner._items; k++)
                {
                    owner._peaks[k] = MathF.Max(owner._peaks[k], user[k]); //~ LG0004
                }
            }

            var result = new float[scores.Length][];
            for (var u = 0; u < scores.Length; u++)
            {
                var p = new float[owner._items];
                var sum = 0f;
                for (var k = 0; k < owner._items; k++)
                {
                    p[k] = MathF.Exp(scores[u][k] - owner._peaks[k]);
                    sum += p[k];
                }

                for (var k = 0; k < owner._items; k++)
                {
                    p[k] /= sum;
                }

                result[u] = p;
            }

            return result;
        }
    }
}
