// Idiom: routing probabilities of each ticket over the support queues, queue-major jagged scores.
// Layout: jagged double[queue][ticket] (each ticket's distribution runs across the queue arrays), same layout out.
// Bug (LG0004): the peak is taken per queue over the tickets (`scoreByQueue[q].Max()`), while each sum runs per ticket
// over the queues: the shift differs inside one distribution, so the shares are wrong.
using System;
using System.Linq;

namespace HeldOut53.QueueRouting_PeakPerQueue;

public sealed class RoutingTable
{
    public double[][] Probabilities(double[][] scoreByQueue)
    {
        int queues = scoreByQueue.Length;
        int tickets = scoreByQueue[0].Length;
        var peak = new double[queues];
        for (int q = 0; q < queues; q++)
        {
            peak[q] = scoreByQueue[q].Max(); //~ LG0004
        }

        var result = new double[queues][];
        for (int q = 0; q < queues; q++)
        {
            result[q] = new double[tickets];
        }

        for (int t = 0; t < tickets; t++)
        {
            double sum = 0;
            for (int q = 0; q < queues; q++)
            {
                result[q][t] = Math.Exp(scoreByQueue[q][t] - peak[q]);
                sum += result[q][t];
            }

            for (int q = 0; q < queues; q++)
            {
                result[q][t] /= sum;
            }
        }

        return result;
    }
}
