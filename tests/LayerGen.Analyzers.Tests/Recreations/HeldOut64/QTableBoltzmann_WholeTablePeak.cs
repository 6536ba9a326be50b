// Idiom: Boltzmann exploration over a tabular Q-function stored action-major (one column per state), temperature tau.
// Use: exploration probabilities for all states at once after a sweep of value iteration (the Q-table is kept
// transposed so that one action's values are contiguous for the backup).
// Layout: double[actions, states] (transposed; the softmax runs down each state's column), foreach over the 2D array.
// Bug (LG0001): the shift is the largest Q of the whole table, not of the state's own column; a state whose Q-values
// sit far below the best state's underflows to 0/0.
using System;

namespace HeldOut64.QTableBoltzmann_WholeTablePeak;

public static class ColumnBoltzmann
{
    public static double[,] Explore(double[,] qByAction, double tau)
    {
        int actions = qByAction.GetLength(0);
        int states = qByAction.GetLength(1);
        double peak = double.MinValue;
        foreach (double value in qByAction)
        {
            if (value > peak) peak = value; //~ LG0001
        }

        var pi = new double[actions, states];
        for (int s = 0; s < states; s++)
        {
            double partition = 0.0;
            for (int a = 0; a < actions; a++)
            {
                pi[a, s] = Math.Exp((qByAction[a, s] - peak) / tau);
                partition += pi[a, s];
            }

            for (int a = 0; a < actions; a++)
            {
                pi[a, s] /= partition;
            }
        }

        return pi;
    }
}
