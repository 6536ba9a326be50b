// HeldOut58 — a Fortran SOFTMAX(M, N, A, LDA, B, LDB) subroutine ported to C#: column-major flat arrays with a leading
// dimension, A(I,J) -> a[(i - 1) + (j - 1) * lda], the 1-based DO loops kept and translated with "- 1" offsets.
// Each column (one sample, M classes) is one softmax. Inspired by the bind(C) Fortran softmaxfw(m, n, X, ldx, Y, ldy)
// style seen in public Fortran code (column-wise maxval/sum); our own code.
// Layout: double[] column-major, M rows (classes) by N columns (samples), leading dimensions lda/ldb >= M.
// Correct.
namespace HeldOut58.FortranLda_ColumnSoftmax;

public static class Softmax
{
    public static void Dsoftmx(int m, int n, double[] a, int lda, double[] b, int ldb)
    {
        for (int j = 1; j <= n; j++)
        {
            double amax = a[(j - 1) * lda];
            for (int i = 2; i <= m; i++)
            {
                if (a[(i - 1) + (j - 1) * lda] > amax)
                {
                    amax = a[(i - 1) + (j - 1) * lda];
                }
            }

            double s = 0.0;
            for (int i = 1; i <= m; i++)
            {
                b[(i - 1) + (j - 1) * ldb] = System.Math.Exp(a[(i - 1) + (j - 1) * lda] - amax);
                s = s + b[(i - 1) + (j - 1) * ldb];
            }

            for (int i = 1; i <= m; i++)
            {
                b[(i - 1) + (j - 1) * ldb] = b[(i - 1) + (j - 1) * ldb] / s;
            }
        }
    }
}
