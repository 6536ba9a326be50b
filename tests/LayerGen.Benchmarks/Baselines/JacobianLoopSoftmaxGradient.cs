using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LayerGen.Benchmarks.Baselines;

/// <summary>
/// Our <see cref="Vector256"/> version of the well-known AVX softmax derivative that walks the whole Jacobian
/// (Stack Overflow, "How to implement the Softmax derivative independently from any loss function?"):
/// for each output i it accumulates <c>Σ_j −s_i·s_j·g_j</c> over the row in 8 lanes, sums the lanes and adds
/// <c>s_i·g_i</c>. That is O(n²) per row, against O(n) for <c>dx = s ⊙ (g − ⟨s, g⟩)</c>.
/// The original needs sizes that are a multiple of 8; this port finishes each row with a scalar tail.
/// </summary>
public static class JacobianLoopSoftmaxGradient
{
    /// <summary>Softmax gradient of a row-major batch, computed row by row over the full Jacobian.</summary>
    public static void Backward(ReadOnlySpan<float> s, ReadOnlySpan<float> g, Span<float> dx, int cols)
    {
        int rows = s.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            Row(s.Slice(r * cols, cols), g.Slice(r * cols, cols), dx.Slice(r * cols, cols));
        }
    }

    private static void Row(ReadOnlySpan<float> s, ReadOnlySpan<float> g, Span<float> dx)
    {
        int n = s.Length;
        int vectorEnd = n - (n % Vector256<float>.Count);
        ref float sRef = ref MemoryMarshal.GetReference(s);
        ref float gRef = ref MemoryMarshal.GetReference(g);

        for (int i = 0; i < n; i++)
        {
            float si = Unsafe.Add(ref sRef, i);
            Vector256<float> minusSi = Vector256.Create(-si);
            Vector256<float> acc = Vector256<float>.Zero;

            // Row i of the Jacobian times g, off-diagonal form: −s_i·s_j·g_j for every j (diagonal included).
            for (int j = 0; j < vectorEnd; j += Vector256<float>.Count)
            {
                Vector256<float> sj = Vector256.LoadUnsafe(ref sRef, (nuint)j);
                Vector256<float> gj = Vector256.LoadUnsafe(ref gRef, (nuint)j);
                acc = Vector256.FusedMultiplyAdd(minusSi * sj, gj, acc);
            }

            float sum = Vector256.Sum(acc);
            for (int j = vectorEnd; j < n; j++)
            {
                sum -= si * Unsafe.Add(ref sRef, j) * Unsafe.Add(ref gRef, j);
            }

            // The diagonal's extra s_i term of diag(s) − s sᵀ.
            dx[i] = sum + si * Unsafe.Add(ref gRef, i);
        }
    }
}
