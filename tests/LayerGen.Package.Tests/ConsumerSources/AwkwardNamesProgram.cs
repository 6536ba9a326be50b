namespace LayerGen.Package.Tests.ConsumerSources;

/// <summary>
/// Layer classes with names that have broken generators before: pairs that differ only in letter case (hint names are
/// compared ignoring case), nested and keyword-named classes, and classes inside <c>file</c>-local types.
/// </summary>
internal static class AwkwardNamesProgram
{
    /// <summary>Valid classes only; the program calls each of them and prints one line per class.</summary>
    public const string Valid = """
        using System.Globalization;
        using LayerGen;

        namespace Models
        {
            /// <summary>Lower-case twin.</summary>
            [Softmax(3)] public partial class Probs;

            /// <summary>Upper-case twin.</summary>
            [Softmax(4)] public partial class PROBS;

            /// <summary>A network whose name differs from a namespace only in case.</summary>
            [Affine(2, 3), Relu, Affine(3, 2), SoftmaxWithLoss] public partial class Net;

            /// <summary>Holder.</summary>
            public partial class Outer
            {
                /// <summary>Nested layer.</summary>
                [Softmax(2)] public partial class Inner;
            }

            /// <summary>Holder whose name differs from <see cref="Outer"/> only in case.</summary>
            public partial class OUTER
            {
                /// <summary>Nested layer with the same name.</summary>
                [Softmax(2)] public partial class Inner;
            }
        }

        namespace models
        {
            /// <summary>Same name as <c>Models.Probs</c> but for the namespace's case.</summary>
            [Affine(2, 3), SoftmaxWithLoss] public partial class Probs;
        }

        namespace @class.@event
        {
            /// <summary>A keyword-named layer.</summary>
            [Tanh] public partial class @struct;
        }

        internal static class Program
        {
            private static int Main()
            {
                float[] x = [1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f, 11f, 12f];
                float[] y = new float[12];
                new Models.Probs().Forward(x.AsSpan(0, 3), y);
                Print("Models.Probs", y.AsSpan(0, 3));
                new Models.PROBS().Forward(x.AsSpan(0, 4), y);
                Print("Models.PROBS", y.AsSpan(0, 4));
                new Models.Outer.Inner().Forward(x.AsSpan(0, 2), y);
                Print("Models.Outer.Inner", y.AsSpan(0, 2));
                new Models.OUTER.Inner().Forward(x.AsSpan(0, 2), y);
                Print("Models.OUTER.Inner", y.AsSpan(0, 2));
                Print("Models.Net", new Models.Net().Forward(x.AsSpan(0, 2)));
                Print("models.Probs", new models.Probs().Forward(x.AsSpan(0, 2)));
                new @class.@event.@struct().Forward(x.AsSpan(0, 2), y);
                Print("@class.@event.@struct", y.AsSpan(0, 2));
                return 0;
            }

            private static void Print(string name, ReadOnlySpan<float> values)
            {
                double sum = 0;
                foreach (float value in values)
                {
                    sum += value;
                }

                Console.WriteLine($"{name}: {values.Length} values, sum {sum.ToString("R", CultureInfo.InvariantCulture)}");
            }
        }
        """;

    /// <summary>Layer classes inside <c>file</c>-local types: LG1005, and no other error.</summary>
    public const string FileLocal = """
        using LayerGen;

        namespace Models;

        file partial class Holder
        {
            [Softmax(3)] public partial class InFile;
        }

        file partial class Top
        {
            public partial class Middle
            {
                [Affine(2, 2), SoftmaxWithLoss] public partial class Deep;
            }
        }
        """;
}
