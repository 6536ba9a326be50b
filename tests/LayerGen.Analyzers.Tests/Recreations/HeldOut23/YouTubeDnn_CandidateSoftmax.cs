// Source: YouTube deep candidate generation (Covington, Adams & Sargin 2016): P(w_t = i | U, C) = softmax over the
// video corpus of v_i · u, the user vector dotted with every video embedding (the serving-time scores).
// Layout: generic math (T : IFloatingPointIeee754<T>), user vectors [users, dim] and video embeddings [videos, dim]
// as flat ReadOnlySpan<T>; scores of one user in a scratch T[] row; output [users, videos].
// Correct: each user's scores are shifted by that user's own maximum.
using System;
using System.Numerics;

namespace HeldOut23.CandidateGeneration;

/// <summary>Watch-probability of every video for each user.</summary>
public static class CandidateSoftmax
{
    /// <summary>Fills <paramref name="probabilities"/> [users, videos] with one distribution per user.</summary>
    public static void WatchProbabilities<T>(ReadOnlySpan<T> users, ReadOnlySpan<T> videos, int dim, Span<T> probabilities)
        where T : IFloatingPointIeee754<T>
    {
        int userCount = users.Length / dim;
        int videoCount = videos.Length / dim;
        var scores = new T[videoCount];
        for (int u = 0; u < userCount; u++)
        {
            ReadOnlySpan<T> user = users.Slice(u * dim, dim);
            T best = T.NegativeInfinity;
            for (int v = 0; v < videoCount; v++)
            {
                ReadOnlySpan<T> video = videos.Slice(v * dim, dim);
                T dot = T.Zero;
                for (int d = 0; d < dim; d++)
                {
                    dot += user[d] * video[d];
                }

                scores[v] = dot;
                best = T.Max(best, dot);
            }

            Span<T> row = probabilities.Slice(u * videoCount, videoCount);
            T partition = T.Zero;
            for (int v = 0; v < videoCount; v++)
            {
                row[v] = T.Exp(scores[v] - best);
                partition += row[v];
            }

            for (int v = 0; v < videoCount; v++)
            {
                row[v] /= partition;
            }
        }
    }
}
