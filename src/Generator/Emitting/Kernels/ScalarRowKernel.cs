namespace LayerGen.Generator.Emitting.Kernels;

/// <summary>Row kernels as scalar loops with a constant trip count.</summary>
internal sealed class ScalarRowKernel(CodeWriter writer, NumericType t, int n) : RowKernelWriter(writer, t, n), IRowKernel
{
    public void Forward()
    {
        Max();
        ForwardNonFiniteReturn();
        Writer.Line($"{T} sum = {Zero};");
        using (Writer.Block($"for (int j = 0; j < {N}; j++)"))
        {
            Writer.Line($"{T} e = {Exp("x[j] - max")};");
            Writer.Line("y[j] = e;");
            Writer.Line("sum += e;");
        }

        Writer.Line();
        Writer.Line($"{T} scale = {Type.Literal(1)} / sum;");
        using (Writer.Block($"for (int j = 0; j < {N}; j++)"))
        {
            Writer.Line("y[j] *= scale;");
        }
    }

    public void Gradient()
    {
        Writer.Line($"{T} dot = {Zero};");
        using (Writer.Block($"for (int j = 0; j < {N}; j++)"))
        {
            Writer.Line("dot += y[j] * dy[j];");
        }

        Writer.Line();
        using (Writer.Block($"for (int j = 0; j < {N}; j++)"))
        {
            Writer.Line("dx[j] = y[j] * (dy[j] - dot);");
        }
    }

    public void Loss()
    {
        Writer.Line($"{T} target = x[label];");
        Max();
        LossNonFiniteReturn();
        Writer.Line($"{T} sum = {Zero};");
        using (Writer.Block("if (dx.IsEmpty)"))
        {
            using (Writer.Block($"for (int j = 0; j < {N}; j++)"))
            {
                Writer.Line($"sum += {Exp("x[j] - max")};");
            }
        }

        using (Writer.Block("else"))
        {
            using (Writer.Block($"for (int j = 0; j < {N}; j++)"))
            {
                Writer.Line($"{T} e = {Exp("x[j] - max")};");
                Writer.Line("dx[j] = e;");
                Writer.Line("sum += e;");
            }

            Writer.Line();
            Writer.Line($"{T} scale = invRows / sum;");
            using (Writer.Block($"for (int j = 0; j < {N}; j++)"))
            {
                Writer.Line("dx[j] *= scale;");
            }

            Writer.Line();
            Writer.Line("dx[label] -= invRows;");
        }

        Writer.Line();
        LossReturn();
    }

    private void Max()
    {
        Writer.Line("// Row maximum, subtracted before exp so that exp never overflows.");
        Writer.Line($"{T} max = x[0];");
        using (Writer.Block($"for (int j = 1; j < {N}; j++)"))
        {
            Writer.Line("max = Math.Max(max, x[j]);");
        }

        Writer.Line();
    }
}
