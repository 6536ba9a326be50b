using System.Collections.Generic;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Emitting;

// Seeded adjoints: the reverse sweep starts with the adjoint of y equal to dy and those of x and the local buffers equal
// to zero. Written out, that is a copy of dy and a clear of dx per row before any work. When the first reverse step that
// touches such an adjoint is a vector loop over the whole span (for (int i = 0; i < y.Length; i++) …), that loop seeds
// it itself instead: its lanes read dy (or start from zero) where they would load the adjoint and store the result, and
// its scalar iterations (the tail, or all of them without Vector256) copy their part of dy or clear their part first.
// Every element is written by that loop, so the steps after it see the adjoint as if it had been set up front.

internal sealed partial class BackwardRowEmitter
{
    /// <summary>
    /// The adjoints a top-level vector loop seeds, each with the index of that loop among the body's statements (empty
    /// when every adjoint is set up front).
    /// </summary>
    private (Dictionary<ArrayRef, int> Seeded, Dictionary<ArrayRef, int> LastUse) FindSeededAdjoints()
    {
        var seeded = new Dictionary<ArrayRef, int>();
        var lastUse = new Dictionary<ArrayRef, int>();
        var touched = new HashSet<ArrayRef>();
        EquatableArray<Statement> body = _model.Body;
        for (int index = body.Length - 1; index >= 0; index--)
        {
            var touches = new HashSet<ArrayRef>();
            AdjointsTouched(body[index], touches);
            VectorLoop? plan = body[index] is ForLoop loop && RunningExtremum.Match(loop) is null ? VectorPlan(loop, 0, index) : null;
            foreach (ArrayRef array in touches)
            {
                lastUse[array] = index;
                if (touched.Add(array) && array.Kind != ArrayKind.Parameter && plan is not null && CoversWholeSpan(plan.Loop, array))
                {
                    seeded[array] = index;
                }
            }
        }

        return (seeded, lastUse);
    }

    /// <summary>
    /// The adjoints of y and the buffers that no reverse step after this top-level vector loop reads: its lanes need not
    /// store them.
    /// </summary>
    private List<ArrayRef> LastUsedBy(VectorLoop plan, int loopDepth, int topLevelIndex)
    {
        var arrays = new List<ArrayRef>();
        if (loopDepth == 0)
        {
            foreach (ArrayRef array in plan.Arrays)
            {
                if (array.Kind is ArrayKind.Output or ArrayKind.Buffer && _lastAdjointUse.TryGetValue(array, out int index) && index == topLevelIndex)
                {
                    arrays.Add(array);
                }
            }
        }

        return arrays;
    }

    /// <summary>The spans a top-level vector loop seeds the adjoints of.</summary>
    private List<ArrayRef> SeededBy(VectorLoop plan, int loopDepth, int topLevelIndex)
    {
        var arrays = new List<ArrayRef>();
        if (loopDepth == 0)
        {
            foreach (ArrayRef array in plan.Arrays)
            {
                if (_seeded.TryGetValue(array, out int index) && index == topLevelIndex)
                {
                    arrays.Add(array);
                }
            }
        }

        return arrays;
    }

    /// <summary>Whether the adjoint of <paramref name="array"/> is set up front (copied from dy or cleared).</summary>
    private bool SetUpFront(ArrayRef array) => !_seeded.ContainsKey(array);

    /// <summary>Whether the loop runs over exactly the indices 0 to the span's length − 1 (known at compile time).</summary>
    private bool CoversWholeSpan(ForLoop loop, ArrayRef array) =>
        Constant(loop.Start) == 0 && Constant(loop.Bound) is { } bound && bound == Length(array) && bound > 0;

    private int Length(ArrayRef array) => array.Kind switch
    {
        ArrayKind.Input => _model.Inputs,
        ArrayKind.Output => _model.Outputs,
        ArrayKind.Parameter => _model.Parameters[array.Index].Length,
        _ => _model.Buffers[array.Index].Length,
    };

    /// <summary>The value of an integer expression of constants and span lengths; null when it reads a variable.</summary>
    private int? Constant(IntExpr expression)
    {
        switch (expression)
        {
            case IntConstant constant:
                return constant.Value;
            case IntLength length:
                return Length(length.Array);
            case IntNegate negate:
                return Constant(negate.Operand) is { } negated ? unchecked(-negated) : null;
            case IntBinary binary when Constant(binary.Left) is { } left && Constant(binary.Right) is { } right:
                return IntArithmetic.Apply(binary.Operator, left, right);
            default:
                return null;
        }
    }

    /// <summary>The spans whose adjoints the reverse of <paramref name="statement"/> reads or writes.</summary>
    private static void AdjointsTouched(Statement statement, HashSet<ArrayRef> touches)
    {
        switch (statement)
        {
            case AssignLocal assign:
                ElementsRead(assign.Value, touches);
                break;
            case AssignElement assign:
                touches.Add(assign.Array);
                ElementsRead(assign.Value, touches);
                break;
            case ForLoop loop:
                foreach (Statement inner in loop.Body)
                {
                    AdjointsTouched(inner, touches);
                }

                break;
            case IfStatement branch:
                foreach (Statement inner in branch.WhenTrue)
                {
                    AdjointsTouched(inner, touches);
                }

                foreach (Statement inner in branch.WhenFalse)
                {
                    AdjointsTouched(inner, touches);
                }

                break;
        }
    }

    // Conditions never pass adjoints on, so only values count (a ternary's condition is skipped too).
    private static void ElementsRead(RealExpr value, HashSet<ArrayRef> touches)
    {
        if (value is ElementRead read)
        {
            touches.Add(read.Array);
        }

        foreach (RealExpr operand in RealOperands.Of(value))
        {
            ElementsRead(operand, touches);
        }
    }
}
