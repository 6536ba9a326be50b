// Re-creates the shape of the prototypical-network classifier (Snell et al. 2017, jakesnell/prototypical-networks):
// p(y = c | query) = softmax over classes of -||f(query) - prototype_c||^2.
// Layout: double[queries, classes] squared distances; a static local function finds each query's nearest prototype.
// Correct: the shift is the query's minimum distance (= the max of -d) over its classes; the sum runs over the same
// classes.
using System;

namespace HeldOut11;

public static class ProtoNet_QueryClassDistances
{
    public static void ClassProbabilities(double[,] squaredDistance, double[,] probability)
    {
        int queries = squaredDistance.GetLength(0);
        int classes = squaredDistance.GetLength(1);
        for (int q = 0; q < queries; q++)
        {
            double nearest = Nearest(squaredDistance, q, classes);
            double partition = 0.0;
            for (int c = 0; c < classes; c++)
            {
                probability[q, c] = Math.Exp(-(squaredDistance[q, c] - nearest));
                partition += probability[q, c];
            }
            for (int c = 0; c < classes; c++)
                probability[q, c] /= partition;
        }

        static double Nearest(double[,] d, int q, int classes)
        {
            double min = d[q, 0];
            for (int c = 1; c < classes; c++)
                min = Math.Min(min, d[q, c]);
            return min;
        }
    }
}
