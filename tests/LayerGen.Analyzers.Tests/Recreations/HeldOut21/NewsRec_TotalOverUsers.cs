// Source: NRMS news recommendation (Wu et al. 2019; microsoft/recommenders), additive attention over clicked news.
// Layout: generic method over T : IFloatingPointIeee754<T>, flat T[] scores [users × historySlots]; exps written in a
// first pass over the batch, one normaliser accumulated over every user, then a flat division pass.
// Label: LG0002 (the normaliser spans all users' histories instead of one user's).
using System;
using System.Numerics;

namespace HeldOut21.NewsRecTotalOverUsers;

/// <summary>Attention weights for a batch of users.</summary>
public static class BatchUserEncoder
{
    /// <summary>weights = exp(score − user's peak) / one batch-wide total.</summary>
    public static T[] AttentionWeights<T>(T[] scores, int users, int historySlots) where T : IFloatingPointIeee754<T>
    {
        var weights = new T[users * historySlots];
        T total = T.Zero;
        for (int u = 0; u < users; u++)
        {
            T peak = scores[u * historySlots];
            for (int i = 1; i < historySlots; i++)
                peak = T.Max(peak, scores[u * historySlots + i]);

            for (int i = 0; i < historySlots; i++)
            {
                weights[u * historySlots + i] = T.Exp(scores[u * historySlots + i] - peak);
                total += weights[u * historySlots + i]; //~ LG0002
            }
        }

        for (int j = 0; j < weights.Length; j++) weights[j] /= total;
        return weights;
    }
}
