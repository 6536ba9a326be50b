    /// <summary>
    /// Elements of scratch one <c>BackwardRow</c> call needs: 38 tape values, the output row and its adjoint (16).
    /// </summary>
    private const int BackwardScratchLength = 54;

    /// <summary>
    /// The derivative of <c>ForwardRow</c> for one row, derived by LayerGen (reverse-mode automatic differentiation):
    /// overwrites the input gradient and adds the parameters' gradients to theirs.
    /// </summary>
    private static void BackwardRow(
        global::System.ReadOnlySpan<float> x,
        global::System.ReadOnlySpan<float> dy,
        global::System.Span<float> dx,
        global::System.Span<float> scratch)
    {
        // Forward pass of the row, recording on the tape each value an assignment overwrites and each data-dependent
        // branch taken.
        global::System.Span<float> tape = scratch.Slice(0, 38);
        int tapeTop = 0;
        global::System.Span<float> y = scratch.Slice(38, 8);
        float m = 0f;
        float sum = 0f;
        float e = 0f;

        m = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > m)
            {
                tape[tapeTop++] = m;
                m = x[i];
                tape[tapeTop++] = 1f;
            }
            else
            {
                tape[tapeTop++] = 0f;
            }
        }

        sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            tape[tapeTop++] = e;
            e = global::System.MathF.Exp((x[i] - m));
            y[i] = e;
            tape[tapeTop++] = sum;
            sum = sum + e;
        }

        for (int i = 0; i < y.Length; i++)
        {
            tape[tapeTop++] = y[i];
            y[i] = y[i] / sum;
        }

        // Reverse sweep: the adjoint (∂loss/∂value) of every value, from the last statement back to the first.
        global::System.Span<float> dY = scratch.Slice(46, 8);
        dy.CopyTo(dY);
        dx.Clear();
        float dM = 0f;
        float dSum = 0f;
        float dE = 0f;

        // reverses: for (int i = 0; i < y.Length; i++)
        for (int i = y.Length - 1; i >= 0; i--)
        {
            // reverses: y[i] /= sum;
            {
                float g = dY[i];
                float v0 = y[i];
                dY[i] = 0f;
                y[i] = tape[--tapeTop];
                dY[i] += g / sum;
                dSum += -g * v0 / sum;
            }
        }

        // reverses: for (int i = 0; i < x.Length; i++)
        for (int i = x.Length - 1; i >= 0; i--)
        {
            // reverses: sum += e;
            {
                float g = dSum;
                dSum = 0f;
                sum = tape[--tapeTop];
                dSum += g;
                dE += g;
            }

            // reverses: y[i] = e;
            {
                float g = dY[i];
                dY[i] = 0f;
                dE += g;
            }

            // reverses: float e = MathF.Exp(x[i] - m);
            {
                float g = dE;
                float v1 = e;
                dE = 0f;
                e = tape[--tapeTop];
                float g0 = (g == 0f ? 0f : g * v1);
                dx[i] += g0;
                dM += -g0;
            }
        }

        // reverses: for (int i = 1; i < x.Length; i++)
        for (int i = x.Length - 1; i >= 1; i--)
        {
            // reverses: if (x[i] > m) (the branch taken is on the tape)
            if (tape[--tapeTop] != 0f)
            {
                // reverses: m = x[i];
                {
                    float g = dM;
                    dM = 0f;
                    m = tape[--tapeTop];
                    dx[i] += g;
                }
            }
        }

        // reverses: float m = x[0];
        {
            float g = dM;
            dM = 0f;
            dx[0] += g;
        }
    }

    /// <summary>
    /// Elements of the record <c>ForwardRowRecording</c> writes for one row: the tape (38), its position, the final
    /// values of the locals, the output row and the local buffers.
    /// </summary>
    private const int BackwardTapeLength = 50;

    /// <summary>
    /// Elements of scratch one <c>BackwardRowFromTape</c> call needs: the adjoints of the output row and of the local
    /// buffers.
    /// </summary>
    private const int BackwardFromTapeScratchLength = 8;

    /// <summary>
    /// <c>ForwardRow</c> for one row that also writes into <paramref name="tape"/> (<c>BackwardTapeLength</c> elements)
    /// what <c>BackwardRowFromTape</c> needs.
    /// </summary>
    private static void ForwardRowRecording(
        global::System.ReadOnlySpan<float> x, global::System.Span<float> y, global::System.Span<float> tape)
    {
        int tapeTop = 0;
        float m = 0f;
        float sum = 0f;
        float e = 0f;

        m = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > m)
            {
                tape[tapeTop++] = m;
                m = x[i];
                tape[tapeTop++] = 1f;
            }
            else
            {
                tape[tapeTop++] = 0f;
            }
        }

        sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            tape[tapeTop++] = e;
            e = global::System.MathF.Exp((x[i] - m));
            y[i] = e;
            tape[tapeTop++] = sum;
            sum = sum + e;
        }

        for (int i = 0; i < y.Length; i++)
        {
            tape[tapeTop++] = y[i];
            y[i] = y[i] / sum;
        }

        // The state the reverse sweep starts from: tape position, final locals, output row (buffers are in place).
        tape[38] = tapeTop;
        tape[39] = m;
        tape[40] = sum;
        tape[41] = e;
        y.CopyTo(tape.Slice(42, 8));
    }

    /// <summary>
    /// The reverse sweep of <c>BackwardRow</c> from the record of <c>ForwardRowRecording</c> for the same row
    /// <paramref name="x"/> and parameters (the record is consumed): overwrites the input gradient and adds the
    /// parameters' gradients to theirs.
    /// </summary>
    private static void BackwardRowFromTape(
        global::System.ReadOnlySpan<float> x,
        global::System.Span<float> tape,
        global::System.ReadOnlySpan<float> dy,
        global::System.Span<float> dx,
        global::System.Span<float> scratch)
    {
        int tapeTop = (int)tape[38];
        global::System.Span<float> y = tape.Slice(42, 8);
        float m = tape[39];
        float sum = tape[40];
        float e = tape[41];

        // Reverse sweep: the adjoint (∂loss/∂value) of every value, from the last statement back to the first.
        global::System.Span<float> dY = scratch.Slice(0, 8);
        dy.CopyTo(dY);
        dx.Clear();
        float dM = 0f;
        float dSum = 0f;
        float dE = 0f;

        // reverses: for (int i = 0; i < y.Length; i++)
        for (int i = y.Length - 1; i >= 0; i--)
        {
            // reverses: y[i] /= sum;
            {
                float g = dY[i];
                float v0 = y[i];
                dY[i] = 0f;
                y[i] = tape[--tapeTop];
                dY[i] += g / sum;
                dSum += -g * v0 / sum;
            }
        }

        // reverses: for (int i = 0; i < x.Length; i++)
        for (int i = x.Length - 1; i >= 0; i--)
        {
            // reverses: sum += e;
            {
                float g = dSum;
                dSum = 0f;
                sum = tape[--tapeTop];
                dSum += g;
                dE += g;
            }

            // reverses: y[i] = e;
            {
                float g = dY[i];
                dY[i] = 0f;
                dE += g;
            }

            // reverses: float e = MathF.Exp(x[i] - m);
            {
                float g = dE;
                float v1 = e;
                dE = 0f;
                e = tape[--tapeTop];
                float g0 = (g == 0f ? 0f : g * v1);
                dx[i] += g0;
                dM += -g0;
            }
        }

        // reverses: for (int i = 1; i < x.Length; i++)
        for (int i = x.Length - 1; i >= 1; i--)
        {
            // reverses: if (x[i] > m) (the branch taken is on the tape)
            if (tape[--tapeTop] != 0f)
            {
                // reverses: m = x[i];
                {
                    float g = dM;
                    dM = 0f;
                    m = tape[--tapeTop];
                    dx[i] += g;
                }
            }
        }

        // reverses: float m = x[0];
        {
            float g = dM;
            dM = 0f;
            dx[0] += g;
        }
    }
