// Source: small C# matrix types in hobby NN libraries (a readonly struct with a 2-D indexer and convenience
// properties such as Max); the batch softmax subtracts matrix.Max, the largest element of the whole matrix.
// Layout: double[] flat [rows, cols] behind Matrix[r, c]; softmax over the columns of each row.
// Bug LG0001: the Max property folds over every element, not over one row.
using System;

namespace HeldOut7.ReadonlyStructMatrixMaxProperty
{
    public readonly struct Matrix
    {
        private readonly double[] _values;

        public Matrix(int rows, int cols)
        {
            Rows = rows;
            Cols = cols;
            _values = new double[rows * cols];
        }

        public int Rows { get; }

        public int Cols { get; }

        public double this[int r, int c]
        {
            get => _values[r * Cols + c];
            set => _values[r * Cols + c] = value;
        }

        public double Max
        {
            get
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < _values.Length; i++)
                {
                    if (_values[i] > m) m = _values[i]; //~ LG0001
                }

                return m;
            }
        }
    }

    public static class MatrixSoftmax
    {
        public static Matrix Rows(Matrix logits)
        {
            var probs = new Matrix(logits.Rows, logits.Cols);
            double shift = logits.Max;
            for (int r = 0; r < logits.Rows; r++)
            {
                double sum = 0;
                for (int c = 0; c < logits.Cols; c++)
                {
                    double e = Math.Exp(logits[r, c] - shift);
                    probs[r, c] = e;
                    sum += e;
                }

                for (int c = 0; c < logits.Cols; c++)
                {
                    probs[r, c] /= sum;
                }
            }

            return probs;
        }
    }
}
