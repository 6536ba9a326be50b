// Idiom: a ported `FloatMatrix` with Java getters (`getRows()`, `getColumns()`, `getRow(i)` returning a float[] copy,
// `setRow(i, float[])`) and a Java-8-stream-like `Array.ConvertAll(row, MathF.Exp)` map with a method group.
// Use: per-row class probabilities in an output layer. Layout: flat float[rows * cols] inside the class; MathF.Exp.
// Bug LG0003: the row is exponentiated raw (no max subtracted); float overflows above ~88.
// Our own code.
using System;

namespace HeldOut91.FluentMatrix_ConvertAllRawExp;

public sealed class FloatMatrix
{
    private readonly float[] storage;
    private readonly int rows;
    private readonly int cols;

    public FloatMatrix(float[] storage, int rows, int cols)
    {
        this.storage = storage;
        this.rows = rows;
        this.cols = cols;
    }

    public int getRows() { return rows; }
    public int getColumns() { return cols; }
    public float[] getStorage() { return storage; }

    public float[] getRow(int i)
    {
        float[] r = new float[cols];
        Array.Copy(storage, i * cols, r, 0, cols);
        return r;
    }

    public void setRow(int i, float[] values)
    {
        Array.Copy(values, 0, storage, i * cols, cols);
    }
}

public sealed class OutputLayer
{
    public FloatMatrix feedForward(FloatMatrix z)
    {
        var a = new FloatMatrix(new float[z.getRows() * z.getColumns()], z.getRows(), z.getColumns());
        for (int i = 0; i < z.getRows(); i++)
        {
            float[] expRow = Array.ConvertAll(z.getRow(i), MathF.Exp); //~ LG0003
            float norm = 0f;
            for (int j = 0; j < expRow.Length; j++) norm += expRow[j];
            for (int j = 0; j < expRow.Length; j++) expRow[j] /= norm;
            a.setRow(i, expRow);
        }
        return a;
    }
}
