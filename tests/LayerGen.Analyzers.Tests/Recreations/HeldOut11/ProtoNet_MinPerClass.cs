// Re-creates the shape of the prototypical-network classifier (Snell et al. 2017, jakesnell/prototypical-networks):
// p(y = c | query) = softmax over classes of -||f(query) - prototype_c||^2.
// Layout: double[queries, classes] squared distances; per-class minima stored in an array first.
// Bug (LG0004): the minimum distance is taken over the queries of each class (a column), the sum over the classes of
// each query (a row).
using System;

namespace HeldOut11;

public static class ProtoNet_MinPerClass
{
    public static void ClassProbabilities(double[,] squaredDistance, double[,] probability)
    {
        int queries = squaredDistance.GetLength(0);
        int classes = squaredDistance.GetLength(1);
        var nearest = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            nearest[c] = double.PositiveInfinity;
            for (int q = 0; q < queries; q++)
                nearest[c] = Math.Min(nearest[c], squaredDistance[q, c]); //~ LG0004
        }
        for (int q = 0; q < queries; q++)
        {
            double partition = 0.0;
            for (int c = 0; c < classes; c++)
            {
                probability[q, c] = Math.Exp(nearest[c] - squaredDistance[q, c]);
                partition += probability[q, c];
            }
            for (int c = 0; c < classes; c++)
                probability[q, c] /= partition;
        }
    }
}
