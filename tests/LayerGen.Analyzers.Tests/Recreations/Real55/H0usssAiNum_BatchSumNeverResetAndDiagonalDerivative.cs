// Source: h0usss/AI_num Numbers/AI.cs:230, :249, :260, :265, :272 (commit 3312f8cf3713) (re-created, not copied)
// Layout: an MNIST perceptron trained in batches of [BACH_SIZE, classes] (double[,], bounds via GetUpperBound + 1).
// The batched SoftMax declares its sum once before the row loop and never resets it, so row i is divided by the sum
// over rows 0..i; no max is subtracted anywhere. DetSoftMax returns y(1 − y) of the softmax output (vector, matrix
// and one entry), which the training multiplies element-wise with dE/dy.
// Label: SoftMax(double[,]) LG0002 + LG0003 ×2; SoftMax(double[]) LG0003 ×2; DetSoftMax(double[], int),
// DetSoftMax(double[]), DetSoftMax(double[,]) LG0007 each.
using System;
using System.Linq;

namespace Recreations.Real55.H0usssAiNum_BatchSumNeverResetAndDiagonalDerivative;

/// <summary>The digit classifier's softmax helpers.</summary>
internal sealed class AI
{
    /// <summary>Softmax of each row of a batch, as written (one running sum for the whole batch).</summary>
    public double[,] SoftMax(double[,] matrix)
    {
        double sum = 0;
        var vec = new double[matrix.GetUpperBound(1) + 1];
        var rez = new double[matrix.GetUpperBound(0) + 1, matrix.GetUpperBound(1) + 1];
        for (int i = 0; i < matrix.GetUpperBound(0) + 1; i++)
        {
            for (int j = 0; j < matrix.GetUpperBound(1) + 1; j++)
            {
                vec[j] = matrix[i, j];
                sum += Math.Exp(vec[j]); //~ LG0002 LG0003
            }

            for (int j = 0; j < matrix.GetUpperBound(1) + 1; j++)
            {
                rez[i, j] = Math.Exp(vec[j]) / sum; //~ LG0003
            }
        }

        return rez;
    }

    /// <summary>Softmax of one output vector.</summary>
    public double[] SoftMax(double[] vector)
    {
        double sum = 0;
        double[] vec = Normalize(vector);
        for (int i = 0; i < vector.Length; i++)
        {
            sum += Math.Exp(vector[i]); //~ LG0003
        }

        for (int i = 0; i < vector.Length; i++)
        {
            vec[i] = Math.Exp(vector[i]) / sum; //~ LG0003
        }

        return vec;
    }

    /// <summary>One entry of the derivative as the trainer computes it.</summary>
    public double DetSoftMax(double[] vector, int index)
    {
        double[] vecSM = SoftMax(vector);
        return vecSM[index] * (1 - vecSM[index]); //~ LG0007
    }

    /// <summary>The derivative of a vector's softmax as the trainer computes it.</summary>
    public double[] DetSoftMax(double[] vector)
    {
        double[] vecSM = SoftMax(vector);
        for (int i = 0; i < vecSM.Length; i++)
        {
            vecSM[i] = vecSM[i] * (1 - vecSM[i]); //~ LG0007
        }

        return vecSM;
    }

    /// <summary>The derivative of a batch's softmax as the trainer computes it.</summary>
    public double[,] DetSoftMax(double[,] matrix)
    {
        double[,] vecSM = SoftMax(matrix);
        for (int i = 0; i < vecSM.GetUpperBound(0) + 1; i++)
        {
            for (int j = 0; j < vecSM.GetUpperBound(1) + 1; j++)
            {
                vecSM[i, j] = vecSM[i, j] * (1 - vecSM[i, j]); //~ LG0007
            }
        }

        return vecSM;
    }

    private static double[] Normalize(double[] vec)
    {
        var rez = new double[vec.Length];
        for (int i = 0; i < rez.Length; i++)
        {
            rez[i] = (vec[i] - vec.Min()) / (vec.Max() - vec.Min());
        }

        return rez;
    }
}
