// Idiom: end-to-end memory network (Sukhbaatar et al.), several hops: p = softmax(u · m_i) over the memories,
//        o = sum_i p_i c_i, u <- u + o; attention through a private helper
// Layout: double[memories][dim] input and output memories, double[hops][memories] attention kept for inspection
// Correct
using System;

namespace HeldOut42.MemoryHops_HopAttention;

public sealed class MemN2N
{
    public double[][] Attention { get; private set; } = Array.Empty<double[]>();

    public double[] Answer(double[] query, double[][] memIn, double[][] memOut, int hops)
    {
        int dim = query.Length;
        var u = (double[])query.Clone();
        Attention = new double[hops][];

        for (int hop = 0; hop < hops; hop++)
        {
            var scores = new double[memIn.Length];
            for (int i = 0; i < memIn.Length; i++)
                for (int d = 0; d < dim; d++)
                    scores[i] += u[d] * memIn[i][d];

            double[] p = Softmax(scores);
            Attention[hop] = p;

            var o = new double[dim];
            for (int i = 0; i < memOut.Length; i++)
                for (int d = 0; d < dim; d++)
                    o[d] += p[i] * memOut[i][d];
            for (int d = 0; d < dim; d++)
                u[d] += o[d];
        }

        return u;
    }

    public static double[] Softmax(double[] scores)
    {
        double max = scores[0];
        for (int i = 1; i < scores.Length; i++)
            if (scores[i] > max) max = scores[i];

        var p = new double[scores.Length];
        double sum = 0.0;
        for (int i = 0; i < scores.Length; i++)
        {
            p[i] = Math.Exp(scores[i] - max);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= sum;
        return p;
    }
}
