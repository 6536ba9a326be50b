// Idiom: temperature-scaled user x item dot products turned into a per-user distribution over the catalogue (recommender serving)
// Layout: double[users, dim] and double[items, dim] embeddings; scores double[users, items] (row = user)
// Correct
using System;

namespace HeldOut36.UserItem_RowPerUser;

public sealed class CatalogueDistribution
{
    public double Temperature { get; init; } = 1.0;

    public double[,] Compute(double[,] users, double[,] items)
    {
        int nUsers = users.GetLength(0);
        int nItems = items.GetLength(0);
        int dim = users.GetLength(1);
        var scores = new double[nUsers, nItems];
        for (int u = 0; u < nUsers; u++)
        {
            for (int i = 0; i < nItems; i++)
            {
                double dot = 0;
                for (int d = 0; d < dim; d++)
                {
                    dot += users[u, d] * items[i, d];
                }

                scores[u, i] = dot / Temperature;
            }
        }

        for (int u = 0; u < nUsers; u++)
        {
            double max = double.NegativeInfinity;
            for (int i = 0; i < nItems; i++)
            {
                max = Math.Max(max, scores[u, i]);
            }

            double sum = 0;
            for (int i = 0; i < nItems; i++)
            {
                scores[u, i] = Math.Exp(scores[u, i] - max);
                sum += scores[u, i];
            }

            for (int i = 0; i < nItems; i++)
            {
                scores[u, i] /= sum;
            }
        }

        return scores;
    }
}
