// Re-creation (our own code) of a joint distribution over a jagged board (cureos/aforge's BoltzmannExploration over
// actions, extended to the cells of a board stored as double[][]): one softmax over every cell.
// Layout: jagged double[rows][cols], softmax axis = the whole board. Correct: no LG0001–LG0004;
// the LG0008 suggestion (Info: "if the rows are samples, normalise each row") is expected at the sum.
using System;

namespace HeldOut.JaggedGridWholeSoftmax;

public static class BoardPolicy
{
    public static double[][] Probabilities(double[][] board)
    {
        double max = double.NegativeInfinity;
        foreach (double[] row in board)
        {
            foreach (double v in row)
            {
                max = Math.Max(max, v);
            }
        }

        var p = new double[board.Length][];
        double sum = 0;
        for (int i = 0; i < board.Length; i++)
        {
            p[i] = new double[board[i].Length];
            for (int j = 0; j < board[i].Length; j++)
            {
                p[i][j] = Math.Exp(board[i][j] - max);
                sum += p[i][j]; //~ LG0008
            }
        }

        foreach (double[] row in p)
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }

        return p;
    }
}
