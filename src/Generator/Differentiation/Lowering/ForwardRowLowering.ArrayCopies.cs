// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// The ways C# copies a row. Copies between spans and buffers the subset knows (<c>Array.Copy(s, t, n)</c>,
/// <c>Array.Copy(s, si, t, di, n)</c>, <c>Array.ConstrainedCopy</c>, <c>s.CopyTo(t, di)</c> of arrays) are element loops
/// like <c>CopyTo</c> of spans. Expressions that copy into a new array — a range of an array (<c>smooth[1..]</c>, a copy
/// in C#, not NumPy's view), <c>ToArray()</c>, <c>Clone()</c>, a collection expression with a spread (<c>[.. x]</c>) —
/// are reported where they are (LG1117) with what to write instead: a span view, or a buffer declared and copied into.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>Lowers an array copy call as an element loop; false (nothing reported) when the call is none or its operands are no spans of the subset.</summary>
    private bool TryLowerArrayCopy(IInvocationOperation invocation, string source, List<Statement> output)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.ContainingType?.ToDisplayString() != "System.Array")
        {
            return false;
        }

        IOperation[] arguments = invocation.Arguments.Select(a => a.Value).ToArray();
        (IOperation From, IOperation To)? operands = (method.Name, method.IsStatic, arguments.Length) switch
        {
            ("Copy" or "ConstrainedCopy", true, 5) => (arguments[0], arguments[2]),
            ("Copy", true, 3) => (arguments[0], arguments[1]),
            ("CopyTo", false, 2) when invocation.Instance is { } instance => (instance, arguments[0]),
            _ => null,
        };
        if (operands is not { } pair || !arguments.Skip(1).Where(a => a != pair.To).All(a => IsInteger(Unconverted(a).Type)) ||
            ViewOf(pair.From) is not { } from || ViewOf(pair.To) is not { } to)
        {
            return false;
        }

        (View? From, View? To) windows = arguments.Length switch
        {
            // Array.Copy(s, si, t, di, n): n values from s[si] to t[di].
            5 => (Window(from, [arguments[1], arguments[4]], invocation), Window(to, [arguments[3], arguments[4]], invocation)),
            // Array.Copy(s, t, n): the first n values.
            3 => (Int(arguments[2]) is { } n ? Checked(new View(from.Array, from.Offset, n), invocation) : null, to),
            // s.CopyTo(t, di): all of s from t[di].
            _ => (from, Window(to, [arguments[1]], invocation)),
        };
        if (windows is ({ } fromWindow, { } toWindow))
        {
            LowerCopy(fromWindow, toWindow, invocation, source, output);
        }

        return true;
    }

    /// <summary>
    /// Reports the first expression of <paramref name="statement"/>'s own (not its nested statements') that copies into a
    /// new array, with what to write instead; true when there was one (the statement is then not lowered).
    /// </summary>
    private bool ReportedArrayCopy(IOperation statement)
    {
        foreach (IOperation operation in OwnExpressions(statement).SelectMany(e => e.DescendantsAndSelf()))
        {
            if (NewArrayCopy(operation) is not ({ } what, { } instead) || !UsedAsRow(operation))
            {
                continue;
            }

            Report(RuleIdentifiers.UnsupportedBuffer, operation, "'" + Text(operation.Syntax) + "', " + what, instead);
            _rejectedLocals.UnionWith(DeclaredLocals(statement));
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a copy's value is used as a row (held in a local, iterated, indexed, copied, windowed or passed to a
    /// helper): the copy is then the construct to change. A copy fed to a call outside the subset (<c>x.ToArray().Average()</c>)
    /// is left to that call's error.
    /// </summary>
    private bool UsedAsRow(IOperation copy)
    {
        IOperation? user = copy.Parent;
        while (user is IConversionOperation or IArgumentOperation)
        {
            user = user.Parent;
        }

        return user switch
        {
            IInvocationOperation call => call.TargetMethod.Name is "CopyTo" or "AsSpan" or "Slice" ||
                SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, _method.ContainingType) || call.TargetMethod.MethodKind == MethodKind.LocalFunction,
            _ => true,
        };
    }

    /// <summary>The expressions a statement evaluates itself: a loop's header, an if's condition, a switch's value; all of a simple statement.</summary>
    private static IEnumerable<IOperation> OwnExpressions(IOperation statement) => statement switch
    {
        IBlockOperation or ILabeledOperation or ILocalFunctionOperation => [],
        IForLoopOperation loop => [.. loop.Before, .. loop.Condition is null ? [] : new[] { loop.Condition }, .. loop.AtLoopBottom],
        IForEachLoopOperation loop => [loop.Collection],
        IWhileLoopOperation { Condition: { } condition } => [condition],
        IConditionalOperation { Condition: var condition } => [condition],
        ISwitchOperation { Value: var value } => [value],
        ILoopOperation => [],
        _ => [statement],
    };

    /// <summary>What a copy into a new array is and what to write instead; null for anything else.</summary>
    private static (string What, string Instead)? NewArrayCopy(IOperation operation)
    {
        const string declare = "to copy, declare a buffer and copy into it (double[] copy = new double[n]; source.CopyTo(copy);)";
        switch (operation)
        {
            case IArrayElementReferenceOperation { Indices: [var index], ArrayReference: var array } when Unconverted(index) is IRangeOperation && !IsField(array):
                return RangeCopy(array, index);
            case IImplicitIndexerReferenceOperation { Argument: var index, Instance: { Type: IArrayTypeSymbol } array } when Unconverted(index) is IRangeOperation && !IsField(array):
                return RangeCopy(array, index);
            case IInvocationOperation { TargetMethod: { Name: "ToArray" or "Clone" } method } invocation
                when (invocation.Instance ?? invocation.Arguments.FirstOrDefault()?.Value) is { } receiver &&
                     (Unconverted(receiver).Type is IArrayTypeSymbol || method.ContainingType?.Name is "Span" or "ReadOnlySpan"):
                string name = Text(Unconverted(receiver).Syntax);
                return ("which copies '" + name + "' into a new array", "read '" + name + "' itself, a view; " + declare);
            case ICollectionExpressionOperation collection when collection.Elements.Any(e => e is ISpreadOperation):
                return ("a collection expression that copies into a new array", "read the spread span itself, a view; " + declare);
            default:
                return null;
        }

        static bool IsField(IOperation array) => Unconverted(array) is IFieldReferenceOperation;

        static (string, string) RangeCopy(IOperation array, IOperation range)
        {
            string name = Text(Unconverted(array).Syntax);
            return ("a range of the array '" + name + "', which C# copies into a new array (not a view, as NumPy's slice is)",
                "write '" + name + ".AsSpan(" + Text(Unconverted(range).Syntax) + ")' for a view of it; " + declare);
        }
    }
}
