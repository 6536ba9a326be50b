// Source: YouTube deep candidate generation (Covington, Adams & Sargin 2016), softmax over the video corpus per user.
// Layout: generic math (T : IFloatingPointIeee754<T>), scores [users, videos] in one flat T[]; a separate division pass.
// Bug (LG0002): each user's scores are shifted by their own maximum, but the partition function is summed over every
// user's videos and each row is divided by that batch-wide total.
using System;
using System.Numerics;

namespace HeldOut23.CandidateGeneration;

/// <summary>Watch-probabilities from precomputed user-by-video scores.</summary>
public static class BatchCandidateSoftmax
{
    /// <summary>Returns the probabilities, same layout as <paramref name="scores"/>.</summary>
    public static T[] WatchProbabilities<T>(T[] scores, int users, int videos)
        where T : IFloatingPointIeee754<T>
    {
        var probabilities = new T[scores.Length];
        T partition = T.Zero;
        for (int u = 0; u < users; u++)
        {
            T best = T.NegativeInfinity;
            for (int v = 0; v < videos; v++)
            {
                best = T.Max(best, scores[u * videos + v]);
            }

            for (int v = 0; v < videos; v++)
            {
                T e = T.Exp(scores[u * videos + v] - best);
                probabilities[u * videos + v] = e;
                partition += e; //~ LG0002
            }
        }

        for (int i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= partition;
        }

        return probabilities;
    }
}
