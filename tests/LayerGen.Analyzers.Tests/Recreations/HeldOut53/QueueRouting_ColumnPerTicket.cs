// Idiom: routing probabilities of each ticket over the support queues, column-major scores as a scoring model writes
// them (Z = W·X: one row per queue, one column per ticket).
// Layout: double[queues, tickets] (softmax down each column), same layout out.
// Correct: max and sum both run down one ticket's column.
namespace HeldOut53.QueueRouting_ColumnPerTicket;

public static class QueueAssignment
{
    public static double[,] Probabilities(double[,] affinity)
    {
        int queues = affinity.GetLength(0);
        int tickets = affinity.GetLength(1);
        var p = new double[queues, tickets];
        for (int t = 0; t < tickets; t++)
        {
            double max = affinity[0, t];
            for (int q = 1; q < queues; q++)
            {
                if (affinity[q, t] > max)
                {
                    max = affinity[q, t];
                }
            }

            double sum = 0;
            for (int q = 0; q < queues; q++)
            {
                p[q, t] = System.Math.Exp(affinity[q, t] - max);
                sum += p[q, t];
            }

            for (int q = 0; q < queues; q++)
            {
                p[q, t] /= sum;
            }
        }

        return p;
    }
}
