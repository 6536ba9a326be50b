// Pattern from Tremendous1192/DataScienceInCSharp_dotNetStandard,
// DataScienceInCSharp_dotNetStandard/MathematicalApp/IVectorFunction/SoftMaxIVectorFunction.cs (re-created).
// A "softmax" over double[,] that takes one max over every element (foreach over the 2D array) and one sum over
// every element, and divides every element: consistent as one softmax over the whole array (a correct vector softmax
// for an n x 1 column), both batch bugs if the rows are samples. Nothing says which, so it is the LG0008 suggestion,
// not LG0001/LG0002.
// The derivative takes the same global max, but divides by sum * sum, not by a sum of exps: it is not a softmax
// site, so the rules (which need the sum's axis) do not report it.
using System;

namespace Corpus.DataScience
{
    public class SoftMaxVectorFunction
    {
        public double[,] Forward(double[,] input)
        {
            double max = double.MinValue;
            foreach (double d in input)
            {
                max = Math.Max(max, d);
            }

            var exponents = new double[input.GetLength(0), input.GetLength(1)];
            double exp;
            double sum = 0;
            for (int i = 0; i < input.GetLength(0); i++)
            {
                for (int j = 0; j < input.GetLength(1); j++)
                {
                    exp = Math.Exp(input[i, j] - max);
                    exponents[i, j] = exp;
                    {|LG0008:sum += exp|};
                }
            }

            var result = new double[input.GetLength(0), input.GetLength(1)];
            for (int i = 0; i < input.GetLength(0); i++)
            {
                for (int j = 0; j < input.GetLength(1); j++)
                {
                    result[i, j] = exponents[i, j] / sum;
                }
            }

            return result;
        }

        public double[,] Derivative(double[,] input)
        {
            double max = double.MinValue;
            foreach (double d in input)
            {
                max = Math.Max(max, d);
            }

            var exponents = new double[input.GetLength(0), input.GetLength(1)];
            double sum = 0;
            for (int i = 0; i < input.GetLength(0); i++)
            {
                for (int j = 0; j < input.GetLength(1); j++)
                {
                    double e = Math.Exp(input[i, j] - max);
                    exponents[i, j] = e;
                    sum += e;
                }
            }

            var result = new double[input.GetLength(0), input.GetLength(1)];
            double denominator = sum * sum;
            for (int i = 0; i < input.GetLength(0); i++)
            {
                for (int j = 0; j < input.GetLength(1); j++)
                {
                    result[i, j] = exponents[i, j] * (sum - exponents[i, j]) / denominator;
                }
            }

            return result;
        }
    }
}
