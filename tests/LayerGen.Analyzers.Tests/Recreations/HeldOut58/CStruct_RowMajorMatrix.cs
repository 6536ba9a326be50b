// HeldOut58 — a C "typedef struct { int rows, cols; double *data; } matrix;" with "void softmax_rows(matrix *m)"
// (darknet/tinn-style small C nets) ported as a record struct holding a flat array; each row is a sample.
// Our own code.
// Layout: record struct Matrix(Rows, Cols, double[] Data), row-major Data[i * Cols + j]; softmax per row.
// Correct.
using System;

namespace HeldOut58.CStruct_RowMajorMatrix;

public readonly record struct Matrix(int Rows, int Cols, double[] Data);

public static class CMatrix
{
    public static Matrix SoftmaxRows(Matrix m)
    {
        var outData = new double[m.Rows * m.Cols];
        for (int i = 0; i < m.Rows; i++)
        {
            int off = i * m.Cols;
            double big = m.Data[off];
            for (int j = 1; j < m.Cols; j++)
            {
                if (m.Data[off + j] > big) big = m.Data[off + j];
            }

            double sum = 0.0;
            for (int j = 0; j < m.Cols; j++)
            {
                outData[off + j] = Math.Exp(m.Data[off + j] - big);
                sum += outData[off + j];
            }

            for (int j = 0; j < m.Cols; j++)
            {
                outData[off + j] /= sum;
            }
        }

        return m with { Data = outData };
    }
}
